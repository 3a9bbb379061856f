#!/usr/bin/env bash
# regen-expected.sh — regenerates the expected outputs of the test corpus from Go 1.19:
#   tests/programs/NAME.{out,code,err} and tests/gc/NAME.{out,code,err}  (go build + run, twice)
#   tests/programs_concurrent/NAME.{out,code,err}                      (same; run under GOMAXPROCS 1 and 4 by CTest)
#   tests/errors/NAME.diag                                              (go build diagnostics)
# tests/errors/unsupported/*.diag are mgo-specific and hand-written; they are not touched.
# Only this script needs Go; the test suite itself never runs Go.
# Usage: scripts/regen-expected.sh [--check] [--jobs N] [NAME ...]
#   --check  compare with the files on disk, write nothing, exit 1 if anything differs.
#   NAME     restrict to programs with that base name (in any of the three folders).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if ! command -v go >/dev/null 2>&1; then
  echo "regen-expected.sh: Go is not installed; expected outputs must come from Go 1.19" >&2
  exit 2
fi
version=$(go version)
case "$version" in
  *" go1.19"*) ;;
  *)
    if [ "${MGO_REGEN_ANY_GO:-}" != 1 ]; then
      echo "regen-expected.sh: need Go 1.19, found: $version (set MGO_REGEN_ANY_GO=1 to override)" >&2
      exit 2
    fi ;;
esac
command -v python3 >/dev/null 2>&1 || { echo "regen-expected.sh: python3 is required" >&2; exit 2; }
exec python3 "$root/tests/tools/regen_expected.py" "$@"
