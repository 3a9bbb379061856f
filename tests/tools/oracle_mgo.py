#!/usr/bin/env python3
"""oracle_mgo.py — a stand-in for `mgo build` that uses Go 1.19, to validate the test corpus and
the runners themselves: every golden and error test must pass with it (except the hand-written
tests/errors/unsupported/ ones, which Go accepts). Needs Go; never registered with CTest.

Usage (as the --mgo of run_golden.py / run_errors.py / fuzz_frontend.py):
  oracle_mgo.py build [-O<n>] [-g] [-o OUT] FILE
Behaves like mgo: exit 0 and writes OUT, or prints `FILE:LINE:COL: message` diagnostics (gc's
note lines keep their leading tab) and exits 1.
"""
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    args = sys.argv[1:]
    if not args or args[0] != "build":
        sys.stderr.write("usage: oracle_mgo.py build [-O<n>] [-g] [-o OUT] FILE\n")
        return 2
    out, src = "a.out", None
    i = 1
    while i < len(args):
        a = args[i]
        if a == "-o":
            out = args[i + 1]
            i += 2
            continue
        if not a.startswith("-"):
            src = a
        i += 1
    if src is None:
        sys.stderr.write("oracle_mgo.py: no input file\n")
        return 2
    d = tempfile.mkdtemp(prefix="oracle-mgo-")
    try:
        with open(os.path.join(d, "go.mod"), "w") as f:
            f.write("module x\n\ngo 1.19\n")
        shutil.copyfile(src, os.path.join(d, "main.go"))
        env = dict(os.environ, GOPROXY="off", GOFLAGS="", GOWORK="off", CGO_ENABLED="0")
        p = subprocess.run(["go", "build", "-o", os.path.abspath(out), "."], cwd=d, env=env,
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode == 0:
            return 0
        for line in p.stderr.decode("utf-8", "replace").splitlines():
            if line.startswith("# "):
                continue
            line = line.replace("./main.go:", src + ":")
            if not line.startswith(src) and not line.startswith("\t"):
                line = src + ":1:1: " + line.split(": ", 1)[-1]  # linker errors: give a position
            sys.stderr.write(line + "\n")
        return 1
    finally:
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
