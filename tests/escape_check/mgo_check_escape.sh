#!/bin/sh
# mgo_check_escape.sh — `mgo` with --check-escape added after the subcommand, so that the golden
# runner (tests/tools/run_golden.py --mgo THIS) builds every program in escape-check mode.
# The real compiler is $MGO_CHECK_ESCAPE_REAL (set by tests/escape_check.cmake).
# Usage: mgo_check_escape.sh build|run [flags] file.go [...]
if [ -z "$MGO_CHECK_ESCAPE_REAL" ]; then
  echo "mgo_check_escape.sh: MGO_CHECK_ESCAPE_REAL is not set" >&2
  exit 2
fi
cmd=$1
shift
exec "$MGO_CHECK_ESCAPE_REAL" "$cmd" --check-escape "$@"
