#!/usr/bin/env bash
# DESIGN.md, layers: the pure core includes no I/O, database, HTTP, JSON or adapter headers.
set -euo pipefail
cd "$(dirname "$0")/.."
pure=(src/common src/org src/planning src/election src/apportionment src/teams src/building src/documents src/access src/personnel)
pattern='#include *[<"](sqlite3\.h|libpq-fe\.h|pqxx/|httplib\.h|nlohmann/|fstream|iostream|filesystem|cairo|pango|xlsxwriter|zip\.h|sodium|storage/|http/|report/|cli/|json/|app/)'
bad=$(for d in "${pure[@]}"; do [ -d "$d" ] && grep -rnE "$pattern" "$d" --include='*.h' --include='*.cpp' | grep -v '_test\.cpp:' ; done || true)
if [ -n "$bad" ]; then
  echo "check-layers: the pure core includes I/O or adapter headers:" >&2
  echo "$bad" >&2
  exit 1
fi
echo "check-layers: ok"
