#!/usr/bin/env bash
# measure.sh TOOL [LIMIT_MS] — generates a 10,000-line program (gen.py), runs escape analysis on
# it with TOOL (mgo_escape_dump, which accepts --time; `mgo escape` does not) and prints the analysis time
# (parse and type check excluded) and the whole command's wall time. Fails if the analysis takes
# longer than LIMIT_MS milliseconds (default 1000).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tool=${1:?usage: measure.sh TOOL [LIMIT_MS]}
limit=${2:-1000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen.py" 10000 > "$tmp/big.go"
lines=$(wc -l < "$tmp/big.go")
start=$(date +%s%N)
"$tool" escape --time "$tmp/big.go" > "$tmp/out.txt" 2> "$tmp/err.txt"
end=$(date +%s%N)
ms=$(grep -oE 'escape analysis: [0-9.]+ ms' "$tmp/err.txt" | grep -oE '[0-9.]+' || echo "?")
echo "lines: $lines  decisions: $(wc -l < "$tmp/out.txt")  analysis: ${ms} ms  whole command: $(( (end - start) / 1000000 )) ms"
if [ "$ms" = "?" ]; then echo "no timing reported" >&2; cat "$tmp/err.txt" >&2; exit 1; fi
awk -v ms="$ms" -v limit="$limit" 'BEGIN { exit !(ms < limit) }' || { echo "too slow: ${ms} ms >= ${limit} ms" >&2; exit 1; }
