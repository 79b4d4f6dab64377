#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: initdb in a temporary directory, started
# with pg_ctl on a free port (fsync off), stopped and removed afterwards whatever the command does.
# The command sees DAIHOI_TEST_PG=postgresql://...
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "with-postgres: PostgreSQL server binaries not found (apt install postgresql)" >&2; exit 3; }

port=${DAIHOI_PG_PORT:-55432}
while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done

dir=$(mktemp -d /tmp/daihoi-pg.XXXXXX)
chmod 755 "$dir"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$dir"
  as_pg=(runuser -u postgres --)
  user=postgres
else
  user=$(id -un)
fi

cleanup() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_pg[@]}" "$pg_bin/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 3; }
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 3; }
"${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" daihoi_test

export DAIHOI_TEST_PG="postgresql://$user@127.0.0.1:$port/daihoi_test"
echo "with-postgres: $DAIHOI_TEST_PG"
set +e
"$@"
rc=$?
exit $rc
