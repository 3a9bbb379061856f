#!/usr/bin/env bash
# measure.sh — Go 1.19's heap-allocation count for each tests/escape_allocs program, for comparison
# with mgo's GODEBUG=allocs=1 count. Each NAME.go is copied into a temporary module with its
# `func main()` renamed to `func escapeAllocsMain()`, next to wrapper.go.txt, whose main reads
# runtime.MemStats.Mallocs before and after calling it (the delta is every heap object Go allocated
# while the program ran, runtime-internal ones included; fmt is warmed up first). Built like `go build` (inlining on) and
# with -gcflags=-l (inlining off, as the -m expected files are produced).
# Usage: tests/escape_allocs/go_allocs/measure.sh [NAME...]   prints "NAME: go=N go-l=M"
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dir=$(dirname "$here")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'module allocs\n\ngo 1.19\n' > "$tmp/go.mod"
cp "$here/wrapper.go.txt" "$tmp/wrapper.go"
if [ $# -gt 0 ]; then names=("$@"); else names=(); for f in "$dir"/*.go; do names+=("$(basename "$f" .go)"); done; fi
for name in "${names[@]}"; do
  sed 's/^func main() {/func escapeAllocsMain() {/' "$dir/$name.go" > "$tmp/main.go"
  inl=$(cd "$tmp" && go run . 2>&1 >/dev/null | sed -n 's/^go-mallocs: //p')
  noinl=$(cd "$tmp" && go run -gcflags=-l . 2>&1 >/dev/null | sed -n 's/^go-mallocs: //p')
  echo "$name: go=$inl go-l=$noinl"
done
