#!/usr/bin/env bash
# regen-escape.sh — regenerates tests/escape/NAME.expected from Go 1.19 (the oracle):
# each NAME.go is built alone in a temporary module with `go build -gcflags='-m -l'`, and the
# "file:line:col: message" lines become "line:col: message", sorted by position (stable).
# NAME.mgo-diff files (mgo's deliberate differences) are never touched.
# Usage: scripts/regen-escape.sh [NAME...]   (default: every tests/escape/*.go)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir="$root/tests/escape"
command -v go >/dev/null || { echo "regen-escape.sh: needs Go 1.19 (go) on PATH" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'module esc\n\ngo 1.19\n' > "$tmp/go.mod"
if [ $# -gt 0 ]; then names=("$@"); else names=(); for f in "$dir"/*.go; do names+=("$(basename "$f" .go)"); done; fi
for name in "${names[@]}"; do
  rm -f "$tmp"/*.go
  cp "$dir/$name.go" "$tmp/main.go"
  out=$(cd "$tmp" && go build -o "$tmp/out.bin" -gcflags='-m -l' . 2>&1 || true)
  if grep -qE '^\./main\.go:[0-9]+:[0-9]+: .*(undefined|declared but not used|imported and not used|cannot|invalid)' <<<"$out"; then
    echo "$name: does not compile with Go:" >&2; echo "$out" >&2; exit 1
  fi
  { grep -E '^\./main\.go:[0-9]+:[0-9]+: ' <<<"$out" || true; } | sed -E 's#^\./main\.go:##' |
    sort -t: -k1,1n -k2,2n -s > "$dir/$name.expected"
  echo "$name: $(wc -l < "$dir/$name.expected") lines"
done
