#!/usr/bin/env bash
# test.sh — the README's second command (and what .ci/run calls): install what is missing, build
# if needed, then run the whole CTest suite (unit, golden at -O0 and -O2, errors, robustness,
# GC) on 2 cores. Extra arguments go to ctest (e.g. -L golden, -R hello).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/bootstrap.sh"
cd "$root/build"
ctest --output-on-failure -j"$(nproc)" --timeout 600 "$@"
