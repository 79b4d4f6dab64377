# Sourced by the API end-to-end scripts: a demo SQLite database in a temporary folder, the
# server on a free port (start_server, after the caller has put a web root in $work/web), signed
# in as the demo administrator (session.sh: `call` sends the session and its CSRF header), and
# helpers to call the API and check statuses and JSON bodies (read with node).
# The caller sets `name` (for messages) and `bin` before sourcing.

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL ($name): $*" >&2
  if [ -f "$work/serve.log" ]; then sed 's/^/  serve: /' "$work/serve.log" >&2; fi
  exit 1
}

source "$(dirname "${BASH_SOURCE[0]}")/session.sh"

db="sqlite:$work/demo.db"
"$bin" --db "$db" demo >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; fail "daihoi demo failed"; }

# Starts the server on a random free port (retrying when the port is taken); sets $port and
# $base; signs in as the demo administrator (app::DemoAccounts).
start_server() {
  for _attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    "$bin" --db "$db" serve --port "$port" --bind 127.0.0.1 --web "$work/web" >"$work/serve.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do
      if curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/health" 2>/dev/null; then
        base="http://127.0.0.1:$port/api/v1"
        api_login admin quantri-demo || fail "sign-in as admin: HTTP $login_status $(cat "$work/login.json")"
        return 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  done
  fail "the server did not come up"
}

# call METHOD PATH [curl options...]: sets $status, $ctype and the body file.
last=""
call() {
  local method=$1 path=$2
  shift 2
  last="$method $path"
  local out
  out=$(api_curl -sS -o "$work/body" -w '%{http_code} %{content_type}' -X "$method" "$@" "$base$path") ||
    fail "$last: curl failed"
  status=${out%% *}
  ctype=${out#* }
}
post() { call POST "$1" -H 'Content-Type: application/json' --data "$2"; }
body() { cat "$work/body"; }
expect_status() {
  [ "$status" = "$1" ] || fail "$last: status $status, expected $1; body: $(body | head -c 600)"
}
# js EXPR: evaluates EXPR with `b` bound to the parsed JSON body; prints the value.
js() {
  node -e '
    const fs = require("fs");
    let b;
    try { b = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); }
    catch (e) { console.error("not JSON: " + e.message); process.exit(2); }
    const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
    const v = eval(process.argv[2]);
    console.log(typeof v === "object" ? JSON.stringify(v) : String(v));
  ' "$work/body" "$1" || fail "$last: body is not JSON: $(body | head -c 300)"
}
expect() {
  local got
  got=$(js "$1")
  [ "$got" = "$2" ] || fail "$last: $1 is '$got', expected '$2'; body: $(body | head -c 600)"
}
expect_json_type() {
  case $ctype in application/json*) ;; *) fail "$last: content type '$ctype', expected JSON" ;; esac
}
# An error in the API's shape: {"error": {"code", "message", "field"}}.
expect_error() {
  local want_status=$1 want_code=$2 want_field=$3
  expect_status "$want_status"
  expect_json_type
  expect 'b.error.code' "$want_code"
  expect 'b.error.field' "$want_field"
  expect 'typeof b.error.message === "string" && b.error.message.length > 0' true
}

