#!/usr/bin/env bash
# regen.sh — regenerates the Go 1.19 expectations of tests/escape_allocs/NAME.go:
#   NAME.out       stdout of `go run` (the program's output must be Go's, byte for byte)
#   NAME.expected  `go build -gcflags='-m -l'` lines as "line:col: message", sorted by position
#                  (Go's escape decisions; mgo's deliberate differences are in NAME.mgo-diff)
# NAME.allocs (mgo's expected counts) and NAME.mgo-diff are written by hand, never touched.
# Go's own allocation counts: go_allocs/measure.sh and go_allocs/seed_calls.go.
# Usage: tests/escape_allocs/regen.sh [NAME...]
set -euo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'module allocs\n\ngo 1.19\n' > "$tmp/go.mod"
if [ $# -gt 0 ]; then names=("$@"); else names=(); for f in "$dir"/*.go; do names+=("$(basename "$f" .go)"); done; fi
for name in "${names[@]}"; do
  cp "$dir/$name.go" "$tmp/main.go"
  (cd "$tmp" && go run .) > "$dir/$name.out"
  out=$(cd "$tmp" && go build -o "$tmp/out.bin" -gcflags='-m -l' . 2>&1 || true)
  { grep -E '^\./main\.go:[0-9]+:[0-9]+: ' <<<"$out" || true; } | sed -E 's#^\./main\.go:##' |
    sort -t: -k1,1n -k2,2n -s > "$dir/$name.expected"
  echo "$name: $(wc -l < "$dir/$name.out") output lines, $(wc -l < "$dir/$name.expected") -m lines"
done
