#!/usr/bin/env bash
# make bench: every benchmark in bench/, against a throwaway PostgreSQL for the storage figures.
# Each prints its figures and their ratio to a baseline measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
scripts/with-postgres.sh bash -c '
  set -euo pipefail
  for b in build/release/bench/*_bench; do
    [ -x "$b" ] || continue
    echo
    echo "== $(basename "$b")"
    "$b" --benchmark_counters_tabular=true
  done
'
