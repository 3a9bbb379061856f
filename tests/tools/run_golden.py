#!/usr/bin/env python3
"""run_golden.py — one golden-program test: compile NAME.mgo (or the module directory NAME/, whose
main package is at its root) with mgo, run it, compare.

Usage: run_golden.py --mgo PATH [--opt N] [--timeout S] [--env K=V ...] [--max-rss-mb M]
                     [--procs 1,4] [--out FILE] PROGRAM.mgo
`--procs` builds once and runs the executable once per listed GOMAXPROCS value; every run must
meet the expectations.

Expectations live beside the program (all produced by scripts/regen-expected.sh from Go 1.19):
  NAME.out   exact stdout (required; byte-for-byte)
  NAME.code  exit status (absent: 0)
  NAME.err   stderr expectations in the `.err` format of tests/tools/README.md
             (absent: stderr must be empty)
  NAME.args  program arguments, one per line (optional)
`--out FILE` overrides NAME.out (the GC tests share one expected output between variants).
Exit status 0 = pass, 1 = fail (with a readable explanation and diffs on stdout).
"""
import argparse
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mgotest  # noqa: E402


def run_and_check(a, exe, args, work, procs, label, want_out, want_code, want_err, name):
    """Runs the built executable once (GOMAXPROCS=procs when given) and checks the expectations."""
    env = dict(os.environ)
    if procs:
        env["GOMAXPROCS"] = procs
    for kv in a.env:
        k, _, v = kv.partition("=")
        env[k] = v
    res = mgotest.run_process([exe] + args, a.timeout, env=env, cwd=work)
    problems = []
    if res.timed_out:
        problems.append("program timed out after %.0fs" % a.timeout)
    if res.stdout != want_out:
        problems.append("stdout differs:\n" + mgotest.diff(
            mgotest.lines_of(want_out), mgotest.lines_of(res.stdout), name + ".out", "actual stdout"))
        if mgotest.lines_of(want_out) == mgotest.lines_of(res.stdout):
            problems.append("(only the final newline differs)")
    if res.status != want_code:
        problems.append("exit status: expected %d, got %s" % (want_code, mgotest.describe_status(res)))
    actual_err = mgotest.lines_of(res.stderr)
    why = mgotest.match_stderr(want_err, actual_err)
    if why:
        problems.append(why)
    if a.max_rss_mb is not None and res.max_rss_kb > a.max_rss_mb * 1024:
        problems.append("peak RSS %.1f MB exceeds the limit of %.0f MB" % (res.max_rss_kb / 1024, a.max_rss_mb))
    if problems:
        if why or res.status != want_code:
            problems.append("full stderr (first 40 lines):\n" + "\n".join(actual_err[:40]))
        return mgotest.fail("FAIL %s\n%s" % (label, "\n".join(problems)))
    print("ok %s (%.2fs, peak RSS %.1f MB)" % (label, res.seconds, res.max_rss_kb / 1024))
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgo", required=True)
    ap.add_argument("--opt", default="2")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--build-timeout", type=float, default=120.0)
    ap.add_argument("--env", action="append", default=[], help="K=V added to the program's env")
    ap.add_argument("--max-rss-mb", type=float, default=None)
    ap.add_argument("--out", default=None)
    ap.add_argument("--procs", default=None, help="comma-separated GOMAXPROCS values, one run each")
    ap.add_argument("program")
    a = ap.parse_args()
    a.mgo = mgotest.tool_path(a.mgo)

    src = os.path.abspath(a.program).rstrip("/")
    if os.path.isdir(src):  # a module directory (tests/packages/NAME/): expectations are NAME.out ...
        base = src
    else:
        base = src[:-len(".mgo")] if src.endswith(".mgo") else os.path.splitext(src)[0]
    name = os.path.basename(base)
    want_out = mgotest.read_optional(a.out or base + ".out")
    if want_out is None:
        return mgotest.fail("missing expected output %s (run scripts/regen-expected.sh)" % (base + ".out"))
    code_data = mgotest.read_optional(base + ".code")
    want_code = int(code_data.decode().strip()) if code_data is not None else 0
    err_data = mgotest.read_optional(base + ".err")
    try:
        want_err = mgotest.parse_expectations(err_data) if err_data is not None else []
    except ValueError as e:
        return mgotest.fail("%s.err: %s" % (base, e))
    args = mgotest.read_args(base + ".args")

    work = tempfile.mkdtemp(prefix="mgo-golden-%s-O%s-" % (name, a.opt))
    try:
        exe = os.path.join(work, name)
        build = mgotest.run_process([a.mgo, "build", "-O" + a.opt, "-o", exe, src], a.build_timeout, cwd=work)
        if build.status != 0 or build.timed_out:
            return mgotest.fail("FAIL %s: `mgo build -O%s` %s\n%s%s" % (
                name, a.opt, mgotest.describe_status(build), mgotest.text(build.stdout),
                mgotest.text(build.stderr)[:6000]))
        procs_list = a.procs.split(",") if a.procs else [None]
        for procs in procs_list:
            label = "%s -O%s%s" % (name, a.opt, " GOMAXPROCS=%s" % procs if procs else "")
            status = run_and_check(a, exe, args, work, procs, label, want_out, want_code, want_err, name)
            if status != 0:
                return status
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
