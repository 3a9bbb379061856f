#!/usr/bin/env python3
"""bench/run.py — the mgo benchmark suite: every bench/programs/NAME.go built by mgo (-O2), Go 1.19
(`go build`) and gccgo (-O2), outputs checked identical, then run interleaved (mgo go gccgo mgo go
gccgo ...) so that machine noise hits every peer alike. Prints a Markdown table of median wall time,
median user+sys CPU time and peak RSS per peer with the ratios mgo/Go and mgo/gccgo and their
geometric means; `--json FILE` writes every raw sample.

Invariants:
  * A peer that cannot be built or whose output differs from Go's is reported as failed and left
    out of the ratios (never silently compared on different work).
  * Peak RSS is the child's own ru_maxrss from wait4, so the harness itself does not count.
  * Go builds use a private GOCACHE so compile-time numbers are cold builds.
  * gccgo is installed from Debian when missing and we are root (apt-get); without it the column
    is skipped.
Also measured: compile time (`mgo build -O0/-O2` vs `go build` vs `gccgo -O2`) of a generated
10,000-line program (bench/escape_speed/gen.py) and the binary sizes; the speed-up of
`parallelsum` from GOMAXPROCS=1 to 2.
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
# Benchmarks run under more than one GOMAXPROCS setting: name -> list of values.
PROCS_VARIANTS = {"parallelsum": ["1", "2"]}


def ensure_gccgo():
    if shutil.which("gccgo"):
        return True
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "gccgo"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    return shutil.which("gccgo") is not None


def build(peer, src, out, opt="2", gocache=None):
    """Builds src into out with the given peer; returns (ok, seconds, message)."""
    if peer == "mgo":
        cmd = [ARGS.mgo, "build", f"-O{opt}", "-o", out, src]
        env = os.environ
    elif peer == "go":
        cmd = ["go", "build", "-o", out, src]
        env = dict(os.environ, GOCACHE=gocache, GO111MODULE="off", GOFLAGS="")
    else:
        cmd = ["gccgo", f"-O{opt}", "-o", out, src]
        env = os.environ
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    except OSError as e:
        return False, 0.0, str(e)
    secs = time.perf_counter() - start
    return p.returncode == 0, secs, (p.stderr or p.stdout).strip()[:400]


def build_launcher(tmp):
    """Compiles bench/tools/measure.c (static when libc.a exists) and returns its path."""
    out = os.path.join(tmp, "measure")
    src = os.path.join(HERE, "tools", "measure.c")
    for extra in (["-static"], []):
        if subprocess.run(["cc", "-O2", *extra, "-o", out, src], capture_output=True).returncode == 0:
            return out
    sys.exit("bench: cannot compile bench/tools/measure.c")


def run_once(binary, env, timeout):
    """Runs binary under the launcher; returns dict(out, status, wall, cpu, rss_kb)."""
    result = os.path.join(TMP, "result.txt")
    with tempfile.TemporaryFile() as out:
        subprocess.run([LAUNCHER, result, str(int(timeout)), binary], stdout=out,
                       stderr=subprocess.DEVNULL, env=env)
        out.seek(0)
        text = out.read().decode(errors="replace")
    with open(result) as f:
        status, wall, cpu, rss = f.read().split()
    return {"out": text, "status": int(status), "wall": float(wall), "cpu": float(cpu), "rss_kb": int(rss)}


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def fmt_s(x):
    return "—" if x is None else f"{x:.3f}"


def fmt_mb(kb):
    return "—" if kb is None else f"{kb / 1024:.1f}"


def fmt_r(x):
    return "—" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.2f}"


def compile_time(peers, tmp):
    """Cold compile of the generated 10,000-line program; returns rows of (label, secs, size)."""
    src = os.path.join(tmp, "big.go")
    with open(src, "w") as f:
        subprocess.run([sys.executable, os.path.join(HERE, "escape_speed", "gen.py"), "10000"], stdout=f, check=True)
    rows = []
    variants = [("mgo", "0"), ("mgo", "2"), ("go", None), ("gccgo", "0"), ("gccgo", "2")]
    for peer, opt in variants:
        if peer not in peers:
            continue
        times = []
        size = None
        for i in range(ARGS.compile_runs):
            out = os.path.join(tmp, f"big-{peer}-{opt}")
            # A fresh output path as well as a cold Go build cache every time: `go build -o X`
            # does nothing when X already carries the build ID it would produce (0.17 s "builds").
            if os.path.exists(out):
                os.remove(out)
            cache = tempfile.mkdtemp(dir=tmp)
            ok, secs, msg = build(peer, src, out, opt or "2", cache)
            if not ok:
                times = None
                print(f"compile-time: {peer} -O{opt} failed: {msg}", file=sys.stderr)
                break
            times.append(secs)
            size = os.path.getsize(out)
        label = f"{peer} build" + (f" -O{opt}" if opt else "")
        rows.append((label, statistics.median(times) if times else None, size))
    return rows


def main():
    global ARGS, TMP, LAUNCHER
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mgo", default=os.path.join(ROOT, "build", "mgo"))
    ap.add_argument("--runs", type=int, default=5, help="interleaved rounds (median reported)")
    ap.add_argument("--compile-runs", type=int, default=3)
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    ap.add_argument("--no-gccgo", action="store_true")
    ap.add_argument("--no-compile", action="store_true", help="skip the compile-time measurement")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--json", help="write raw samples here")
    ARGS = ap.parse_args()

    peers = ["mgo", "go"]
    if not ARGS.no_gccgo and ensure_gccgo():
        peers.append("gccgo")
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".go"))
    if ARGS.only:
        wanted = ARGS.only.split(",")
        names = [n for n in names if n in wanted]
    tmp = TMP = tempfile.mkdtemp(prefix="mgo-bench-")
    LAUNCHER = build_launcher(tmp)
    gocache = os.path.join(tmp, "gocache")
    results = {}
    try:
        # Build everything first.
        binaries = {}
        for name in names:
            src = os.path.join(PROGRAMS, name + ".go")
            for peer in peers:
                out = os.path.join(tmp, f"{name}-{peer}")
                ok, _, msg = build(peer, src, out, "2", gocache)
                binaries[(name, peer)] = out if ok else None
                if not ok:
                    print(f"{name}: {peer} build failed: {msg}", file=sys.stderr)
        # Cases: (label, name, env)
        cases = []
        for name in names:
            for procs in PROCS_VARIANTS.get(name, [None]):
                env = dict(os.environ)
                label = name
                if procs:
                    env["GOMAXPROCS"] = procs
                    label = f"{name} (P={procs})"
                cases.append((label, name, env))
        samples = {(label, peer): [] for label, _, _ in cases for peer in peers}
        for rnd in range(ARGS.runs):
            for label, name, env in cases:
                for peer in peers:
                    binary = binaries[(name, peer)]
                    if binary is None:
                        continue
                    samples[(label, peer)].append(run_once(binary, env, ARGS.timeout))
            print(f"round {rnd + 1}/{ARGS.runs} done", file=sys.stderr)
        # Check outputs against Go's.
        failed = {}
        for label, name, _ in cases:
            ref = samples[(label, "go")][0] if samples[(label, "go")] else None
            for peer in peers:
                s = samples[(label, peer)]
                if binaries[(name, peer)] is None:
                    failed[(label, peer)] = "build failed"
                elif not s or any(x["status"] != 0 for x in s):
                    failed[(label, peer)] = f"exit {s[0]['status'] if s else '?'}"
                elif ref is None or any(x["out"] != ref["out"] for x in s):
                    failed[(label, peer)] = "output differs from Go"

        def med(label, peer, key):
            if (label, peer) in failed or not samples[(label, peer)]:
                return None
            return statistics.median(x[key] for x in samples[(label, peer)])

        lines = []
        hdr = "| benchmark | " + " | ".join(f"{p} wall s" for p in peers) + " | mgo/go"
        if "gccgo" in peers:
            hdr += " | mgo/gccgo"
        hdr += " | " + " | ".join(f"{p} cpu s" for p in peers) + " | " + " | ".join(f"{p} RSS MB" for p in peers)
        hdr += " | RSS mgo/go |"
        lines.append(hdr)
        lines.append("|" + "---|" * (hdr.count("|") - 1))
        ratios_go, ratios_gccgo, rss_ratios = [], [], []
        for label, name, _ in cases:
            walls = {p: med(label, p, "wall") for p in peers}
            cpus = {p: med(label, p, "cpu") for p in peers}
            rss = {p: med(label, p, "rss_kb") for p in peers}
            rg = walls["mgo"] / walls["go"] if walls["mgo"] and walls["go"] else None
            rc = walls["mgo"] / walls["gccgo"] if "gccgo" in peers and walls["mgo"] and walls["gccgo"] else None
            rr = rss["mgo"] / rss["go"] if rss["mgo"] and rss["go"] else None
            if rg:
                ratios_go.append(rg)
            if rc:
                ratios_gccgo.append(rc)
            if rr:
                rss_ratios.append(rr)
            row = f"| {label} | " + " | ".join(fmt_s(walls[p]) for p in peers) + f" | {fmt_r(rg)}"
            if "gccgo" in peers:
                row += f" | {fmt_r(rc)}"
            row += " | " + " | ".join(fmt_s(cpus[p]) for p in peers)
            row += " | " + " | ".join(fmt_mb(rss[p]) for p in peers) + f" | {fmt_r(rr)} |"
            lines.append(row)
            results[label] = {"wall": walls, "cpu": cpus, "rss_kb": rss, "mgo/go": rg, "mgo/gccgo": rc,
                              "failed": {p: failed.get((label, p)) for p in peers},
                              "samples": {p: [{k: v for k, v in x.items() if k != "out"}
                                              for x in samples[(label, p)]] for p in peers}}
        print(f"Machine: {os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
              f"{ARGS.runs} interleaved rounds, medians.\n")
        print("\n".join(lines))
        n_ok = len(ratios_go)
        print(f"\nGeometric mean mgo/go wall: {fmt_r(geomean(ratios_go))} over {n_ok} of {len(cases)} benchmarks")
        if "gccgo" in peers:
            print(f"Geometric mean mgo/gccgo wall: {fmt_r(geomean(ratios_gccgo))} over {len(ratios_gccgo)}")
        print(f"Geometric mean RSS mgo/go: {fmt_r(geomean(rss_ratios))}")
        for p in peers:
            if ("parallelsum (P=1)", p) not in samples:
                continue
            a, b = med("parallelsum (P=1)", p, "wall"), med("parallelsum (P=2)", p, "wall")
            if a and b:
                print(f"parallelsum speed-up 1->2 procs, {p}: {a / b:.2f}x")
        if failed:
            print("\nFailures (excluded from ratios):")
            for (label, peer), why in sorted(failed.items()):
                print(f"- {label} / {peer}: {why}")
        if not ARGS.no_compile:
            rows = compile_time(peers, tmp)
            print("\n| compile (10,000-line generated program) | seconds | binary KB |")
            print("|---|---|---|")
            for label, secs, size in rows:
                print(f"| {label} | {fmt_s(secs)} | {'—' if size is None else size // 1024} |")
            results["compile"] = {label: {"seconds": secs, "bytes": size} for label, secs, size in rows}
        if ARGS.json:
            with open(ARGS.json, "w") as f:
                json.dump(results, f, indent=1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
