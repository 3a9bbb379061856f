#!/usr/bin/env python3
"""run_errors.py — one compile-error test: `mgo build NAME.mgo` must fail with Go's diagnostics.

Usage: run_errors.py --mgo PATH [--timeout S] PROGRAM.mgo

Expected: NAME.diag beside the program, one diagnostic per line as `LINE:COL: message` (the
file-name prefix stripped), produced from Go 1.19's `go build` by scripts/regen-expected.sh
(hand-written only under tests/errors/unsupported/). A line without a position (Go's linker
reports `function main is undeclared in the main package` that way) matches a diagnostic with
the same message at any position.
The compiler must exit with status 1 (not crash, not time out) and print exactly that multiset
of diagnostics on stderr (after stripping `PATH:` prefixes; blank lines ignored). Lines starting
with a tab are gc's notes (`\tLINE:COL: other declaration of x`, `\thave (int)`); they belong to
the diagnostic above them and are compared together with it.
A module directory NAME/ (tests/packages/errors/) is built from inside it (`mgo build .`); its
NAME.diag keeps the file names as go build prints them (`./main.go:3:4: ...`, `book/book.go:...`),
and the go command's position-less reports (import cycles) match by message.
Exit status 0 = pass, 1 = fail (with a readable diff).
"""
import argparse
import collections
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mgotest  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgo", required=True)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("program")
    a = ap.parse_args()
    a.mgo = mgotest.tool_path(a.mgo)

    src = os.path.abspath(a.program).rstrip("/")
    package_mode = os.path.isdir(src)
    base = src if package_mode else src[:-len(".mgo")]
    name = os.path.basename(src)
    want_data = mgotest.read_optional(base + ".diag")
    if want_data is None:
        return mgotest.fail("missing %s.diag (run scripts/regen-expected.sh)" % base)
    want = mgotest.group_diagnostics([l for l in mgotest.lines_of(want_data) if l.strip()])

    work = tempfile.mkdtemp(prefix="mgo-errors-")
    try:
        if package_mode:  # built from inside the module, as `go build .` was
            res = mgotest.run_process([a.mgo, "build", "-o", os.path.join(work, "a.out"), "."],
                                      a.timeout, cwd=src)
        else:
            res = mgotest.run_process([a.mgo, "build", "-o", os.path.join(work, "a.out"), src],
                                      a.timeout, cwd=work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    got_raw = mgotest.lines_of(res.stderr)
    if package_mode:  # file names are part of the diagnostics: ./main.go:3:4, book/book.go:5:6
        # go build names the main package's files `./main.go` in compiler errors and `main.go`
        # in the go command's own errors; mgo always says `./main.go`: compare without `./`.
        got = mgotest.group_diagnostics([re.sub(r"^\./", "", l).replace(src, "$MODULE")
                                         for l in got_raw if l.strip()])
        want = [re.sub(r"^\./", "", w) for w in want]
        has_position = lambda d: re.match(r"^\S+:\d+:\d+: ", d) is not None  # noqa: E731
        message_of = lambda d: re.sub(r"^\S+:\d+:\d+: ", "", d, count=1)  # noqa: E731
    else:
        got = mgotest.group_diagnostics([mgotest.strip_diag_position(l, name) for l in got_raw if l.strip()])
        has_position, message_of = mgotest.has_position, mgotest.message_of

    problems = []
    if res.timed_out or res.status != 1:
        problems.append("expected exit status 1, got %s" % mgotest.describe_status(res))

    # Multiset comparison; positionless expectations match by message alone.
    remaining = collections.Counter(got)
    missing = []
    for w in want:
        if has_position(w):
            if remaining[w] > 0:
                remaining[w] -= 1
            else:
                missing.append(w)
    for w in want:
        if not has_position(w):
            hit = next((g for g in remaining if remaining[g] > 0 and message_of(g) == w), None)
            if hit is None:
                missing.append(w)
            else:
                remaining[hit] -= 1
    extra = list(remaining.elements())
    if missing or extra:
        problems.append("diagnostics differ (- expected from %s.diag, + mgo):\n%s" % (
            os.path.basename(base), mgotest.diff(
                "\n".join(sorted(want)).split("\n"), "\n".join(sorted(got)).split("\n"), "expected", "mgo")))
    if problems:
        if got_raw and len(got_raw) != len(got):
            problems.append("raw stderr:\n" + "\n".join(got_raw[:40]))
        elif res.stdout:
            problems.append("stdout:\n" + mgotest.text(res.stdout)[:2000])
        return mgotest.fail("FAIL %s\n%s" % (name, "\n".join(problems)))
    print("ok %s (%d diagnostics)" % (name, len(want)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
