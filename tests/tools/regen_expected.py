#!/usr/bin/env python3
"""regen_expected.py — regenerates every expected file of the golden, GC and error suites from
Go 1.19 (the oracle). Called by scripts/regen-expected.sh, which checks that Go is installed.

* tests/programs/NAME.mgo, tests/gc/NAME.mgo and tests/programs_concurrent/NAME.mgo: built with `go build` in a throw-away module and
  run (with NAME.args and the environment of NAME.env if present) twice; the two runs must agree (stdout, exit status, stderr
  expectations) or the program is reported as non-deterministic and nothing is written.
  Writes NAME.out (stdout), NAME.code (exit status, only if non-zero) and NAME.err (stderr
  expectations in the `.err` format, only if stderr is non-empty); stale .code/.err are removed.
* tests/errors/NAME.mgo: `go build` must fail; its diagnostics, with `# pkg` header lines dropped
  and the `./main.go:` prefix stripped, become NAME.diag (`LINE:COL: message`; gc's note lines
  start with a tab and stay attached to the diagnostic above them). Linker errors
  without a position (`SYMBOL: message`) are written as the bare message. Plain `go build`
  (not -gcflags=-e) is used on purpose: mgo, like gc, stops after 10 errors with
  `LINE:COL: too many errors`. tests/errors/unsupported/ is hand-written and never touched.
* tests/packages/NAME/ (a module directory with go.mod; its main package at the root): built with
  `go build .` and run like a program; writes NAME.out/.code/.err beside the directory.
* tests/packages/errors/NAME/: `go build .` must fail; NAME.diag keeps Go's file names.

Usage: regen_expected.py [--check] [--jobs N] [NAME ...]   (NAMEs restrict to those basenames)
--check: compare with the files on disk instead of writing; exit 1 on any difference.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mgotest  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GO_ENV = dict(os.environ, GOPROXY="off", GOFLAGS="", GO111MODULE="on", CGO_ENABLED="0",
              GOWORK="off", GOGC="")
GO_ENV.pop("GOGC")


def go_module(src):
    """A temp dir holding a one-file module `x` with src as main.go (or a copy of the module
    directory src)."""
    if os.path.isdir(src):
        d = tempfile.mkdtemp(prefix="mgo-regen-")
        shutil.copytree(src, d, dirs_exist_ok=True)
        return d
    d = tempfile.mkdtemp(prefix="mgo-regen-")
    with open(os.path.join(d, "go.mod"), "w") as f:
        f.write("module x\n\ngo 1.19\n")
    shutil.copyfile(src, os.path.join(d, "main.go"))
    return d


def expected_for_program(src, timeout):
    """Returns {suffix: bytes or None} for .out/.code/.err, or raises RuntimeError."""
    base = src if os.path.isdir(src) else src[:-len(".mgo")]
    d = go_module(src)
    try:
        exe = os.path.join(d, "prog")
        b = mgotest.run_process(["go", "build", "-o", exe, "."], 300, env=GO_ENV, cwd=d)
        if b.status != 0:
            raise RuntimeError("go build failed:\n" + mgotest.text(b.stderr))
        args = mgotest.read_args(base + ".args")
        run_env = dict(os.environ)
        for kv in mgotest.read_args(base + ".env"):  # NAME.env: K=V lines (concurrent programs)
            k, _, v = kv.partition("=")
            run_env[k] = v
        runs = []
        for _ in range(2):
            r = mgotest.run_process([exe] + args, timeout, env=run_env, cwd=d)
            if r.timed_out:
                raise RuntimeError("timed out after %ds" % timeout)
            if r.status < 0:
                raise RuntimeError("killed by signal %d" % -r.status)
            errs = mgotest.stderr_to_expectations(r.stderr)
            runs.append((r.stdout, r.status, errs))
        if runs[0] != runs[1]:
            raise RuntimeError("non-deterministic: two runs under Go differ")
        out, status, errs = runs[0]
        return {
            ".out": out,
            ".code": ("%d\n" % status).encode() if status != 0 else None,
            ".err": ("\n".join(errs) + "\n").encode() if errs else None,
        }
    finally:
        shutil.rmtree(d, ignore_errors=True)


def expected_for_package_error(src):
    """A module directory that must not build: Go's diagnostics with their file names
    (`./main.go:3:4: msg`, `book/book.go:...`); `# pkg` headers dropped; the go command's
    position-less import stack (`package P` + tab lines, ending in `: import cycle not allowed`)
    kept as one group."""
    d = go_module(src)
    try:
        b = mgotest.run_process(["go", "build", "-o", os.path.join(d, "prog"), "."], 300, env=GO_ENV, cwd=d)
        if b.status == 0:
            raise RuntimeError("go build succeeded, but an error test must not compile")
        # Absolute paths of the throw-away copy (go's "found packages ... in DIR") become $MODULE.
        lines = [l.replace(os.path.realpath(d), "$MODULE").replace(d, "$MODULE")
                 for l in mgotest.lines_of(b.stderr) if l.strip() and not l.startswith("# ")]
        return {".diag": ("\n".join(lines) + "\n").encode()}
    finally:
        shutil.rmtree(d, ignore_errors=True)


def expected_for_error(src):
    d = go_module(src)
    try:
        b = mgotest.run_process(["go", "build", "-o", os.path.join(d, "prog"), "."], 300, env=GO_ENV, cwd=d)
        if b.status == 0:
            raise RuntimeError("go build succeeded, but an error test must not compile")
        diags = []
        for line in mgotest.lines_of(b.stderr):
            if line.startswith("# ") or not line.strip():
                continue
            if line.startswith("\t"):  # continuation of the previous diagnostic (gc's notes)
                if not diags:
                    raise RuntimeError("continuation line before any diagnostic: %r" % line)
                rest = line[1:]
                diags.append("\t" + (rest[len("./main.go:"):] if rest.startswith("./main.go:") else rest))
                continue
            if line.startswith("./main.go:"):
                diags.append(line[len("./main.go:"):])
                continue
            m = re.match(r"^\S+: (.*)$", line)  # linker: `runtime.main_main·f: message`
            if m and "main.go" not in line:
                diags.append(m.group(1))
                continue
            raise RuntimeError("unexpected line in go build output: %r" % line)
        return {".diag": ("\n".join(diags) + "\n").encode()}
    finally:
        shutil.rmtree(d, ignore_errors=True)


def apply(base, files, check):
    """Writes (or, with check, compares) the expected files; returns a list of differences."""
    diffs = []
    for suffix, data in files.items():
        path = base + suffix
        old = mgotest.read_optional(path)
        if old == data:
            continue
        what = "removed" if data is None else "created" if old is None else "changed"
        diffs.append("%s %s" % (os.path.relpath(path, ROOT), ("would be " + what) if check else what))
        if check:
            continue
        if data is None:
            os.remove(path)
        else:
            with open(path, "wb") as f:
                f.write(data)
    return diffs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()

    jobs = []
    for folder, kind, timeout in (("tests/programs", "program", 60), ("tests/gc", "program", 600),
                                  ("tests/programs_concurrent", "program", 60),
                                  ("tests/programs_concurrent/stress", "program", 600),
                                  ("tests/errors", "error", 0)):
        full = os.path.join(ROOT, folder)
        if not os.path.isdir(full):
            continue
        for f in sorted(os.listdir(full)):
            if not f.endswith(".mgo"):
                continue
            if a.names and f[:-4] not in a.names:
                continue
            jobs.append((kind, os.path.join(full, f), timeout))
    # Module directories: tests/packages/NAME/ (programs) and tests/packages/errors/NAME/.
    for folder, kind in (("tests/packages", "program"), ("tests/packages/errors", "package-error")):
        full = os.path.join(ROOT, folder)
        if not os.path.isdir(full):
            continue
        for f in sorted(os.listdir(full)):
            if not os.path.isfile(os.path.join(full, f, "go.mod")):
                continue
            if a.names and f not in a.names:
                continue
            jobs.append((kind, os.path.join(full, f), 60))

    def work(job):
        kind, src, timeout = job
        try:
            if kind == "program":
                files = expected_for_program(src, timeout)
            elif kind == "package-error":
                files = expected_for_package_error(src)
            else:
                files = expected_for_error(src)
            return src, apply(src if os.path.isdir(src) else src[:-4], files, a.check), None
        except RuntimeError as e:
            return src, [], str(e)

    failures, changed = 0, 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        for src, diffs, err in pool.map(work, jobs):
            rel = os.path.relpath(src, ROOT)
            if err:
                failures += 1
                print("ERROR %s: %s" % (rel, err.rstrip()))
            for d in diffs:
                changed += 1
                print(d)
    print("%d sources, %d files %s, %d errors" % (len(jobs), changed,
                                                  "differ" if a.check else "updated", failures))
    return 1 if failures or (a.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
