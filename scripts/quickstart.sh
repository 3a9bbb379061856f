#!/usr/bin/env bash
# quickstart.sh — the README's first command: install what is missing, build, and run the bundled
# example with build/mgo.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/bootstrap.sh"
echo "== build/mgo run examples/hello.mgo"
"$root/build/mgo" run "$root/examples/hello.mgo"
