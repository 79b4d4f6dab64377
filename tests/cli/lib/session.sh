# Sourced by the scripts that call the API with curl: signs in and keeps the session.
#   api_login LOGIN PASSWORD [BASE]  signs in at BASE (default $base, ".../api/v1"); the cookies
#                                     go to $work/cookies.txt and $session_csrf holds the CSRF
#                                     token; returns curl's status in $login_status
#   api_curl CURL-ARGS...             curl with the session's cookies and its X-CSRF-Token header
#                                     (every POST, PUT, PATCH, DELETE needs it: docs/security.md)
#   api_logout                        ends the session
# The caller has $work (a temporary folder) and `fail`.

session_jar="$work/cookies.txt"
session_csrf=""

api_login() {
  local login=$1 password=$2 at=${3:-$base}
  rm -f "$session_jar"
  session_csrf=""
  login_status=$(curl -sS -o "$work/login.json" -w '%{http_code}' -c "$session_jar" \
    -H 'Content-Type: application/json' \
    --data "{\"login\":\"$login\",\"password\":\"$password\"}" "$at/auth/login") ||
    fail "api_login $login: curl failed"
  [ "$login_status" = 200 ] || return 1
  # The jar's lines: domain, subdomains, path, secure, expiry, name, value (HttpOnly ones are
  # prefixed "#HttpOnly_").
  session_csrf=$(awk '$6 == "daihoi_csrf" { print $7 }' "$session_jar")
  [ -n "$session_csrf" ] || fail "api_login $login: no daihoi_csrf cookie"
}

api_curl() {
  if [ -n "$session_csrf" ]; then
    curl -b "$session_jar" -c "$session_jar" -H "X-CSRF-Token: $session_csrf" "$@"
  else
    curl "$@"
  fi
}

api_logout() {
  api_curl -sS -o /dev/null -X POST "$base/auth/logout" || true
  session_csrf=""
  rm -f "$session_jar"
}
