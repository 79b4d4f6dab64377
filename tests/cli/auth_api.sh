#!/usr/bin/env bash
# Sign-in against `daihoi serve` (docs/security.md "Đăng nhập"): the cookies and their flags,
# /auth/me, the CSRF header on writes, logout, the throttle's 429 with Retry-After, the security
# headers on every response, a script's bearer token, and HTTPS with --cert/--key.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=auth_api.sh
source "$(dirname "$0")/lib/api_harness.sh"

mkdir -p "$work/web/assets"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
printf 'console.log(1);' >"$work/web/assets/app-0123abcd.js"
start_server  # signed in as admin: that session is not used below
api_logout

# head METHOD URL [curl options...]: the response headers (lower-cased names) in $work/headers,
# the body in $work/body, the status in $status.
head_of() {
  local method=$1 url=$2
  shift 2
  last="$method $url"
  status=$(api_curl -sS -D "$work/headers" -o "$work/body" -w '%{http_code}' -X "$method" "$@" "$url") ||
    fail "$last: curl failed"
  tr -d '\r' <"$work/headers" | sed 's/^\([^:]*\):/\L\1:/' >"$work/headers.lc"
}
header() { grep -i "^$1:" "$work/headers.lc" | head -1 | cut -d: -f2- | sed 's/^ //'; }
set_cookie() { grep -i "^set-cookie: $1=" "$work/headers.lc" | head -1 | cut -d: -f2- | sed 's/^ //'; }

echo "auth_api: a wrong password and an unknown login read alike (403)"
post /auth/login '{"login":"badinh.btc","password":"sai mat khau"}'
expect_error 403 forbidden login
wrong=$(js 'b.error.message')
sleep 2  # after one failure from this address the next attempt waits 1 s (LoginPolicy), counted from the end of its second
post /auth/login '{"login":"khong.co.ai","password":"sai mat khau"}'
second=$status
cp "$work/body" "$work/second.json"
# The next attempt at once, before any check: the throttle's wait (2 s) is short, and checking
# the answer above first spawns node several times, which on a loaded machine can outlast it.
head_of POST "$base/auth/login" -H 'Content-Type: application/json' \
  --data '{"login":"badinh.btc","password":"badinh-2020"}'
throttled=$status
cp "$work/body" "$work/throttled.json"
status=$second
cp "$work/second.json" "$work/body"
last="POST /auth/login (unknown login)"
expect_error 403 forbidden login
[ "$(js 'b.error.message')" = "$wrong" ] || fail "unknown login answers differently: $(body)"

echo "auth_api: right after a failure the throttle answers 429 with Retry-After"
status=$throttled
cp "$work/throttled.json" "$work/body"
last="POST /auth/login (right after)"
[ "$status" = 429 ] || fail "$last: status $status, expected 429: $(body)"
retry=$(header retry-after)
[[ $retry =~ ^[0-9]+$ ]] && [ "$retry" -ge 1 ] || fail "Retry-After is '$retry'"
expect 'b.error.code' too_many_requests
grep -q "thử lại sau" "$work/body" || fail "the 429 does not say how long to wait: $(body)"
# Two failures from this address: its own throttle waits 2 s after the latest (LoginPolicy).
sleep 3

echo "auth_api: sign-in sets daihoi_session (HttpOnly) and daihoi_csrf"
head_of POST "$base/auth/login" -H 'Content-Type: application/json' \
  --data '{"login":"quanthanh.vp","password":"quanthanh-2020"}'
[ "$status" = 200 ] || fail "$last: status $status: $(body)"
session_line=$(set_cookie daihoi_session)
csrf_line=$(set_cookie daihoi_csrf)
for flag in HttpOnly SameSite=Strict Path=/; do
  [[ $session_line == *"; $flag"* ]] || fail "daihoi_session lacks $flag: $session_line"
done
[[ $session_line != *Secure* ]] || fail "Secure over plain HTTP: $session_line"
[[ $csrf_line == *"SameSite=Strict"* && $csrf_line != *HttpOnly* ]] || fail "daihoi_csrf: $csrf_line"
token=$(printf '%s' "$session_line" | sed 's/^daihoi_session=\([^;]*\);.*/\1/')
csrf=$(printf '%s' "$csrf_line" | sed 's/^daihoi_csrf=\([^;]*\);.*/\1/')
[ ${#token} = 64 ] || fail "session token '$token'"
expect 'b.login' quanthanh.vp
expect 'b.display_name' 'Văn phòng Đảng ủy phường Quán Thánh'
expect 'b.grants.map(g => g.role + " " + g.org_code).join()' 'unit_clerk BADINH-QUANTHANH'
expect 'b.csrf_token' "$csrf"

cookie="Cookie: daihoi_session=$token; daihoi_csrf=$csrf"
echo "auth_api: /auth/me with and without the session"
call GET /auth/me -H "$cookie"
expect_status 200
expect 'b.login + " " + b.csrf_token' "quanthanh.vp $csrf"
call GET /auth/me
expect_error 401 unauthenticated session

echo "auth_api: a write without or with a wrong X-CSRF-Token is 403 csrf, with it passes"
compare=/organizations/BADINH/allocations/compare
call POST "$compare" -H "$cookie" -H 'Content-Type: application/json' --data '{}'
expect_error 403 forbidden csrf
call POST "$compare" -H "$cookie" -H "X-CSRF-Token: ${csrf/a/b}x" -H 'Content-Type: application/json' --data '{}'
expect_error 403 forbidden csrf
call POST "$compare" -H "$cookie" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' --data '{}'
[ "$(js 'b.error ? b.error.field : ""')" != csrf ] || fail "the right CSRF token is refused: $(body)"

echo "auth_api: a script's bearer token needs no CSRF header"
call GET /auth/me -H "Authorization: Bearer $token"
expect_status 200

echo "auth_api: logout revokes the session and clears both cookies"
call POST /auth/logout -H "$cookie" --data ""
expect_error 403 forbidden csrf
head_of POST "$base/auth/logout" -H "$cookie" -H "X-CSRF-Token: $csrf" --data ""
[ "$status" = 204 ] || fail "$last: status $status: $(body)"
[[ $(set_cookie daihoi_session) == *"Max-Age=0"* ]] || fail "daihoi_session not cleared"
[[ $(set_cookie daihoi_csrf) == *"Max-Age=0"* ]] || fail "daihoi_csrf not cleared"
call GET /auth/me -H "$cookie"
expect_error 401 unauthenticated session

echo "auth_api: the shared sign-in helper (lib/session.sh)"
api_login hanoi.giamsat giamsat-2020 || fail "api_login: HTTP $login_status"
call GET /auth/me
expect 'b.login + " " + b.grants[0].role' 'hanoi.giamsat observer'
api_logout
call GET /auth/me
expect_status 401

echo "auth_api: security headers on an API reply, a static file, a 404"
root=${base%/api/v1}
for target in "$base/health 200" "$root/assets/app-0123abcd.js 200" "$root/assets/gone-0000.js 404" \
  "$base/no-such-thing 404" "$root/org/HANOI 200"; do
  head_of GET "${target% *}"
  [ "$status" = "${target#* }" ] || fail "$last: status $status"
  [[ $(header content-security-policy) == *"default-src 'self'"*"frame-ancestors 'none'"* ]] ||
    fail "$last: CSP '$(header content-security-policy)'"
  [ "$(header x-content-type-options)" = nosniff ] || fail "$last: no nosniff"
  [ "$(header x-frame-options)" = DENY ] || fail "$last: X-Frame-Options"
  [ "$(header referrer-policy)" = same-origin ] || fail "$last: Referrer-Policy"
  [ -z "$(header strict-transport-security)" ] || fail "$last: HSTS over plain HTTP"
done

echo "auth_api: serve --cert --key speaks HTTPS with Secure cookies and HSTS"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
  -keyout "$work/key.pem" -out "$work/cert.pem" >/dev/null 2>&1 || fail "openssl req failed"
set +e
"$bin" --db "$db" serve --port "$port" --cert "$work/cert.pem" >"$work/tls-bad.log" 2>&1
rc=$?
set -e
[ "$rc" = 2 ] || fail "--cert without --key exited $rc"
grep -q -- "--key" "$work/tls-bad.log" || fail "--cert without --key does not name --key"
tls_port=""
for _attempt in 1 2 3 4 5; do
  candidate=$((20000 + RANDOM % 40000))
  "$bin" --db "$db" serve --port "$candidate" --bind 127.0.0.1 --web "$work/web" \
    --cert "$work/cert.pem" --key "$work/key.pem" >"$work/tls.log" 2>&1 &
  tls_pid=$!
  for _ in $(seq 1 100); do
    if curl -ksS -o /dev/null "https://127.0.0.1:$candidate/api/v1/health" 2>/dev/null; then
      tls_port=$candidate
      break 2
    fi
    kill -0 "$tls_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$tls_pid" 2>/dev/null || true
  wait "$tls_pid" 2>/dev/null || true
done
[ -n "$tls_port" ] || fail "the HTTPS server did not come up: $(cat "$work/tls.log")"
grep -q "https://127.0.0.1:$tls_port/" "$work/tls.log" || fail "serve does not announce https: $(cat "$work/tls.log")"
head_of POST "https://127.0.0.1:$tls_port/api/v1/auth/login" -k -H 'Content-Type: application/json' \
  --data '{"login":"admin","password":"quantri-demo"}'
[ "$status" = 200 ] || fail "$last: status $status: $(body)"
[[ $(set_cookie daihoi_session) == *"; Secure"* ]] || fail "no Secure: $(set_cookie daihoi_session)"
[[ $(set_cookie daihoi_csrf) == *"; Secure"* ]] || fail "no Secure: $(set_cookie daihoi_csrf)"
[[ $(header strict-transport-security) == max-age=* ]] || fail "no HSTS over TLS"
if curl -sS -o /dev/null --max-time 3 "http://127.0.0.1:$tls_port/api/v1/health" 2>/dev/null; then
  fail "the HTTPS port answered plain HTTP"
fi
kill "$tls_pid"
wait "$tls_pid" 2>/dev/null || true

echo "auth_api: ok"
