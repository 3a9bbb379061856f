#!/usr/bin/env python3
"""run_allocs_test.py — one allocation-count test of tests/escape_allocs.

Builds NAME.go with `mgo build -O<opt> [--check-escape]`, runs it with GODEBUG=allocs=1 and checks:
  * stdout equals NAME.out (Go 1.19's output, tests/escape_allocs/regen.sh) byte for byte, exit 0;
  * the runtime's `allocs: N heap allocations, B bytes` line (stderr) against NAME.allocs:
        # comment lines (why the number is what it is)
        all|O0|O2 exact|max N      expected count for every level / one level (a level line wins)
        go N | go-l N              Go 1.19's count for the same run (go_allocs/measure.sh), printed
                                   for comparison, never checked
  * with --check-escape: the run is also made under the soundness check (docs/ESCAPE.md); the
    counts are unchanged (checked frames are not heap objects) and GODEBUG=escapecheck=1 is set so
    the checked-frame statistics line is shown.
Exit status 0 = pass, 1 = fail.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ALLOCS_RE = re.compile(r"^allocs: (\d+) heap allocations, (\d+) bytes$", re.M)


def parse_spec(path):
    spec, go = {}, {}
    with open(path) as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if parts[0] in ("go", "go-l") and len(parts) == 2:
                go[parts[0]] = int(parts[1])
            elif len(parts) == 3 and parts[0] in ("all", "O0", "O1", "O2", "O3") and parts[1] in ("exact", "max"):
                spec[parts[0]] = (parts[1], int(parts[2]))
            else:
                raise ValueError("%s:%d: expected 'all|O0|O2 exact|max N' or 'go[-l] N'" % (path, n))
    return spec, go


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgo", required=True)
    ap.add_argument("--opt", default="2")
    ap.add_argument("--check-escape", action="store_true")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("program")
    a = ap.parse_args()
    mgo = os.path.abspath(a.mgo)
    src = os.path.abspath(a.program)
    base = src[:-3]
    name = os.path.basename(base)
    spec, go = parse_spec(base + ".allocs")
    level = "O" + a.opt
    if level not in spec and "all" not in spec:
        print("FAIL %s: %s.allocs has no line for %s or all" % (name, name, level))
        return 1
    kind, want = spec.get(level, spec.get("all"))
    with open(base + ".out", "rb") as f:
        want_out = f.read()

    work = tempfile.mkdtemp(prefix="mgo-allocs-%s-" % name)
    try:
        exe = os.path.join(work, name)
        cmd = [mgo, "build", "-O" + a.opt] + (["--check-escape"] if a.check_escape else []) + ["-o", exe, src]
        build = subprocess.run(cmd, capture_output=True, timeout=300, cwd=work)
        if build.returncode != 0:
            print("FAIL %s: %s exited %d\n%s" % (name, " ".join(cmd), build.returncode, build.stderr.decode(errors="replace")))
            return 1
        env = dict(os.environ)
        env["GODEBUG"] = "allocs=1,escapecheck=1" if a.check_escape else "allocs=1"
        res = subprocess.run([exe], capture_output=True, timeout=a.timeout, env=env, cwd=work)
        err = res.stderr.decode(errors="replace")
        problems = []
        if res.returncode != 0:
            problems.append("exit status %d\n%s" % (res.returncode, err))
        if res.stdout != want_out:
            problems.append("stdout differs from Go 1.19's (%s.out):\n--- want\n%s--- got\n%s" % (
                name, want_out.decode(errors="replace"), res.stdout.decode(errors="replace")))
        m = ALLOCS_RE.search(err)
        if not m:
            problems.append("no 'allocs: N heap allocations' line on stderr:\n" + err)
        else:
            got = int(m.group(1))
            if (kind == "exact" and got != want) or (kind == "max" and got > want):
                problems.append("%d heap allocations, expected %s %d (%s.allocs)" % (got, kind, want, name))
        if problems:
            print("FAIL %s -%s%s\n%s" % (name, level, " --check-escape" if a.check_escape else "", "\n".join(problems)))
            return 1
        gos = ", ".join("%s %d" % (k, v) for k, v in sorted(go.items()))
        check = [l for l in err.splitlines() if l.startswith("escape check:")]
        print("ok %s -%s%s: %s heap allocations (expected %s %d; Go 1.19: %s)%s" % (
            name, level, " --check-escape" if a.check_escape else "", m.group(1), kind, want, gos or "n/a",
            ("; " + check[0]) if check else ""))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
