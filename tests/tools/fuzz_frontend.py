#!/usr/bin/env python3
"""fuzz_frontend.py — robustness of the compiler front end against broken input (stdlib only).

Usage:
  fuzz_frontend.py --mgo PATH [--seed N] [--truncations K] [--mutations K] PROGRAM.mgo ...
  fuzz_frontend.py --mgo PATH --deep [--depth D]

Mode 1 (default): for each program, K truncations (evenly spread offsets plus random ones) and
K random mutations (1-3 edits each: byte flip, bit flip, deletion, or insertion of a character
that matters to Go's grammar), all from a fixed seed so every run tries the same inputs.
Mode 2 (--deep): generated programs with D nested parentheses, D nested blocks, D nested
composite-literal braces, and a 20,000-term binary expression.

Each input is compiled with `TOOL build -O0 -o TMP FILE` (5 s timeout). Pass: exit status 1
(diagnostics), or 0 when the input still happens to be a valid program. The deep nesting of
parentheses and blocks must give status 1 (mgo limits nesting and says so); the long expression
may give 0 or 1. Failure: any other status, death by a signal (crash, assertion), a timeout, a
sanitizer report or "internal compiler error" on stderr. Failing inputs are saved to
--save-dir (default: $TMPDIR/mgo-fuzz-failures) and listed; exit status 1 if any failed.
"""
import argparse
import os
import random
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mgotest  # noqa: E402

GRAMMAR_BYTES = b"{}()[];:=,.+-*/%&|^<>!\"'`\n\t 0_aZ\\"
CRASH_MARKERS = ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer", ": runtime error: ",
                 "internal compiler error", "Segmentation fault", "terminate called")


def truncations(data, count, rng):
    n = len(data)
    offsets = {n * i // (count // 2 + 1) for i in range(1, count // 2 + 1)}
    while len(offsets) < min(count, n):
        offsets.add(rng.randrange(n))
    return [("truncate@%d" % off, data[:off]) for off in sorted(offsets)]


def mutations(data, count, rng):
    out = []
    for k in range(count):
        buf = bytearray(data)
        edits = []
        for _ in range(rng.randint(1, 3)):
            pos = rng.randrange(len(buf))
            kind = rng.randrange(4)
            if kind == 0:
                buf[pos] = rng.randrange(256)
                edits.append("byte@%d" % pos)
            elif kind == 1:
                buf[pos] ^= 1 << rng.randrange(8)
                edits.append("bit@%d" % pos)
            elif kind == 2:
                del buf[pos]
                edits.append("del@%d" % pos)
            else:
                buf.insert(pos, GRAMMAR_BYTES[rng.randrange(len(GRAMMAR_BYTES))])
                edits.append("ins@%d" % pos)
        out.append(("mutate%d:%s" % (k, ",".join(edits)), bytes(buf)))
    return out


def deep_cases(depth):
    parens = "(" * depth + "1" + ")" * depth
    blocks = "{" * depth + "}" * depth
    nested_type = "[]" * depth + "int"
    nested_lit = nested_type + "{" * depth + "}" * depth
    chain = " + ".join(["x"] * 20000)
    return [
        ("parens%d" % depth, "package main\n\nfunc main() {\n\tx := %s\n\t_ = x\n}\n" % parens, (1,)),
        ("blocks%d" % depth, "package main\n\nfunc main() %s\n" % ("{" + blocks + "}"), (1,)),
        ("slice_literal%d" % depth, "package main\n\nfunc main() {\n\tx := %s\n\t_ = x\n}\n" % nested_lit, (1,)),
        ("binary_chain20000", "package main\n\nfunc main() {\n\tx := 1\n\ty := %s\n\t_ = y\n}\n" % chain, (0, 1)),
    ]


def check(tool, name, src_bytes, allowed, work, save_dir, timeout):
    path = os.path.join(work, "input.mgo")
    with open(path, "wb") as f:
        f.write(src_bytes)
    out = os.path.join(work, "a.out")
    res = mgotest.run_process([tool, "build", "-O0", "-o", out, path], timeout, cwd=work)
    if os.path.exists(out):
        os.remove(out)
    err = mgotest.text(res.stderr)
    marker = next((m for m in CRASH_MARKERS if m in err), None)
    if res.status in allowed and not res.timed_out and marker is None:
        return None
    why = mgotest.describe_status(res) if (res.timed_out or res.status not in allowed) else "stderr contains %r" % marker
    os.makedirs(save_dir, exist_ok=True)
    keep = os.path.join(save_dir, "%s.mgo" % name.replace("/", "_").replace(":", "_").replace(",", "_"))
    with open(keep, "wb") as f:
        f.write(src_bytes)
    lines = err.splitlines()
    return "%s: %s (allowed %s); input saved as %s\n    %s" % (
        name, why, "/".join(map(str, allowed)), keep, "\n    ".join(lines[:8] + (["..."] if len(lines) > 8 else [])))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mgo", required=True)
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--truncations", type=int, default=30)
    ap.add_argument("--mutations", type=int, default=30)
    ap.add_argument("--timeout", type=float, default=5.0)
    ap.add_argument("--deep", action="store_true")
    ap.add_argument("--depth", type=int, default=10000)
    ap.add_argument("--save-dir", default=os.path.join(tempfile.gettempdir(), "mgo-fuzz-failures"))
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    a.mgo = mgotest.tool_path(a.mgo)

    cases = []  # (name, bytes, allowed statuses)
    if a.deep:
        for name, src, allowed in deep_cases(a.depth):
            cases.append((name, src.encode(), allowed))
    for prog in a.programs:
        with open(prog, "rb") as f:
            data = f.read()
        base = os.path.basename(prog)[:-4]
        rng = random.Random("%d:%s" % (a.seed, base))
        for label, mutated in truncations(data, a.truncations, rng) + mutations(data, a.mutations, rng):
            cases.append(("%s/%s" % (base, label), mutated, (0, 1)))

    work = tempfile.mkdtemp(prefix="mgo-fuzz-")
    failures = []
    try:
        for name, data, allowed in cases:
            problem = check(a.mgo, name, data, allowed, work, a.save_dir, a.timeout)
            if problem:
                failures.append(problem)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    print("%d inputs, %d failures" % (len(cases), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
