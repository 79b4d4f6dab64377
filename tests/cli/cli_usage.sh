#!/usr/bin/env bash
# The CLI's own contract: usage errors exit 2 with a message; --help exits 0.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

expect_exit() {
  local want=$1
  shift
  set +e
  "$@" >/tmp/daihoi-cli-out.$$ 2>/tmp/daihoi-cli-err.$$
  local got=$?
  set -e
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: '$*' exited $got, expected $want" >&2
    cat /tmp/daihoi-cli-err.$$ >&2
    exit 1
  fi
}

expect_exit 0 "$bin" --help
grep -q "tally" /tmp/daihoi-cli-out.$$ || { echo "FAIL: --help does not list tally" >&2; exit 1; }
expect_exit 2 "$bin"
expect_exit 2 "$bin" frobnicate
expect_exit 2 "$bin" import planets /dev/null
expect_exit 2 "$bin" export orgs --format pdf
expect_exit 2 "$bin" tally /nonexistent/case.json
grep -q "/nonexistent/case.json" /tmp/daihoi-cli-err.$$ || { echo "FAIL: message does not name the file" >&2; exit 1; }
expect_exit 2 "$bin" progress --root X
expect_exit 2 "$bin" serve --port 0
rm -f /tmp/daihoi-cli-out.$$ /tmp/daihoi-cli-err.$$
echo "cli_usage: ok"
