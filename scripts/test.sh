#!/usr/bin/env bash
# make test: every suite. Unit and golden cases and the storage contract run under CTest with a
# throwaway PostgreSQL (never skipped); then the CLI and API end-to-end suites against the binary;
# then the web app's unit tests and the browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export DAIHOI_BIN=$PWD/build/ci/src/daihoi
export DAIHOI_REQUIRE_PG=1

scripts/check-layers.sh

scripts/with-postgres.sh bash -c '
  set -euo pipefail
  ctest --test-dir build/ci --output-on-failure -j 2
  for t in tests/cli/*.sh; do
    [ -e "$t" ] || continue
    echo "== $t"
    bash "$t"
  done
'

if [ -f web/package.json ]; then
  (cd web && npm run --silent test:unit && npm run --silent test:e2e)
fi
echo "make test: all suites passed"
