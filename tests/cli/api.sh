#!/usr/bin/env bash
# The REST API end to end against the real binary: a demo SQLite database, `daihoi serve` on a
# free port, statuses and bodies checked with curl (JSON read with node), then a graceful stop.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=api.sh
source "$(dirname "$0")/lib/api_harness.sh"

# A static web root with a hashed asset, to check MIME types, cache headers and the SPA fallback.
mkdir -p "$work/web/assets"
printf '<!doctype html><title>daihoi test</title><div id="root"></div>' >"$work/web/index.html"
printf 'console.log("daihoi");' >"$work/web/assets/index-AbCd1234.js"

start_server
grep -q "http://127.0.0.1:$port" "$work/serve.log" || fail "serve does not print its address"

echo "api: health, levels, roots"
call GET /health
expect_status 200
expect_json_type
expect 'b.status' ok
call GET /levels
expect_status 200
expect 'b.items.map(l => l.code).join(",")' 'province,district,grassroots,partial,cell'
call GET /roots
expect_status 200
expect 'b.total === b.items.length' true
expect 'b.items.some(o => o.code === "HANOI" && o.summary.children > 0 && o.parent_code === "")' true
expect 'b.items.some(o => o.code === "DANANG")' true

echo "api: members"
call GET '/members?root=KHUETRUNG&limit=0'
expect_status 200
expect 'b.total' 993
expect 'b.items.length' 0
call GET '/members?root=KHUETRUNG&status=full&limit=10'
expect_status 200
expect 'b.items.length' 10
expect 'b.items.every(m => m.status === "full" && m.org_name.length > 0)' true
full_members=$(js 'b.total')
[ "$full_members" -gt 0 ] && [ "$full_members" -le 993 ] || fail "KHUETRUNG full members: $full_members"
call GET '/members?root=KHUETRUNG&status=full&limit=10&offset=10'
expect_status 200
expect 'b.offset' 10

echo "api: organizations"
call GET '/organizations?q=quan%20thanh'
expect_status 200
expect 'b.total >= 1' true
expect 'b.items.some(o => o.name.includes("Quán Thánh"))' true
call GET '/organizations?root=BADINH&level=grassroots&limit=5'
expect_status 200
expect 'b.total' 56
expect 'b.items.length' 5
expect 'b.limit' 5
expect 'b.offset' 0
call GET '/organizations?root=BADINH&level=grassroots&limit=5&offset=55'
expect_status 200
expect 'b.items.length' 1
call GET '/organizations?parent=HANOI&limit=0'
expect_status 200
expect 'b.items.length' 0
expect 'b.total > 0' true
call GET /organizations/BADINH
expect_status 200
expect 'b.organization.code' BADINH
expect 'b.ancestors.map(a => a.code).join(",")' HANOI
expect 'b.counts.find(c => c.level === "grassroots").organizations' 56
expect 'b.summary.children > 0 && b.summary.units >= 56' true
call GET /organizations/KHUETRUNG
expect_status 200
expect 'b.ancestors.map(a => a.code).join(",")' 'DANANG,CAMLE'
expect 'b.summary.members' "$full_members"
expect 'b.summary.children' 36
call GET '/organizations/KHUETRUNG/children?limit=100'
expect_status 200
expect 'b.total' 36
expect 'b.items.length' 36
expect 'b.items.reduce((s, c) => s + c.summary.members, 0)' "$full_members"
expect 'b.items.every(c => c.parent_code === "KHUETRUNG" && c.summary.children === 0)' true
call GET /organizations/KHUETRUNG/counts
expect_status 200
expect 'b.code' KHUETRUNG
expect 'b.members' "$full_members"
expect 'b.counts.find(c => c.level === "cell").organizations' 36

call GET '/members?q=nguyen%20van&limit=20'
expect_status 200
expect 'b.total > 0' true
expect 'b.items.every(m => fold(m.full_name).includes("nguyen van"))' true
expect 'b.items.some(m => m.full_name !== fold(m.full_name))' true

echo "api: errors"
call GET /organizations/NO-SUCH-ORG
expect_error 404 not_found code
call GET /organizations/NO-SUCH-ORG/children
expect_error 404 not_found code
call GET '/organizations?root=NO-SUCH-ORG'
expect_error 404 not_found root
call GET '/members?root=NO-SUCH-ORG'
expect_error 404 not_found root
call GET '/organizations?limit=abc'
expect_error 400 invalid_input limit
call GET '/organizations?offset=-1'
expect_error 400 invalid_input offset
call GET '/members?limit=100000'
expect_error 400 invalid_input limit
call GET '/organizations/BADINH/children?offset=x'
expect_error 400 invalid_input offset
call GET '/members?status=retired'
expect_error 400 invalid_input status
call GET /no-such-endpoint
expect_error 404 not_found ''

echo "api: import"
printf 'code,name,level,parent_code,category,members\nAPI-TEST-A,Chi bộ Kiểm thử A,cell,KHUETRUNG,residential,12\nAPI-TEST-B,Chi bộ Kiểm thử B,cell,NO-SUCH-PARENT,residential,8\n' >"$work/bad.csv"
call POST '/import/orgs?dry_run=false&file=bad.csv' --data-binary @"$work/bad.csv" -H 'Content-Type: text/csv'
expect_status 400
expect_json_type
expect 'b.written' false
expect 'b.errors.some(e => e.row === 3 && e.column === "parent_code")' true
expect 'b.errors.every(e => e.row !== 2)' true
expect 'b.preview.header[0]' code
expect 'b.preview.rows.length' 2
expect 'b.preview.row_numbers.join(",")' '2,3'
call GET /organizations/API-TEST-A
expect_error 404 not_found code

call POST '/import/planets?file=bad.csv' --data-binary @"$work/bad.csv"
expect_error 400 invalid_input kind
call POST '/import/orgs?dry_run=maybe' --data-binary @"$work/bad.csv"
expect_error 400 invalid_input dry_run
call POST '/import/orgs' --data-binary ''
expect_error 400 invalid_input file

printf 'code,name,level,parent_code,category,members\nAPI-TEST-A,Chi bộ Kiểm thử A,cell,KHUETRUNG,residential,12\n' >"$work/good.csv"
call POST '/import/orgs?dry_run=true' -H 'X-File-Name: good.csv' --data-binary @"$work/good.csv"
expect_status 200
expect 'b.written' false
expect 'b.dry_run' true
expect 'b.rows' 1
expect 'b.inserted' 1
expect 'b.errors.length' 0
call GET /organizations/API-TEST-A
expect_error 404 not_found code
call POST '/import/orgs' -F "file=@$work/good.csv;type=text/csv"
expect_status 200
expect 'b.written' true
expect 'b.inserted' 1
expect 'b.file' good.csv
call GET /organizations/API-TEST-A
expect_status 200
expect 'b.organization.name' 'Chi bộ Kiểm thử A'
expect 'b.ancestors.map(a => a.code).join(",")' 'DANANG,CAMLE,KHUETRUNG'
call POST '/import/orgs?dry_run=true' -F "other=@$work/good.csv"
expect_error 400 invalid_input file

head -c $((33 * 1024 * 1024)) /dev/zero >"$work/huge.csv"
call POST '/import/orgs?file=huge.csv' --data-binary @"$work/huge.csv"
expect_error 413 invalid_input file

echo "api: progress (CONTRACTS.md \"Data\": the document of daihoi progress --json)"
call GET '/progress?root=BADINH&as_of=2020-05-19'
expect_status 200
expect_json_type
expect 'b.root' BADINH
expect 'b.as_of' 2020-05-19
expect '(g => g.held + "/" + g.total)(b.levels.find(l => l.level === "grassroots"))' 48/56
expect '(g => [g.scheduled, g.unscheduled, g.overdue].join(","))(b.levels.find(l => l.level === "grassroots"))' 8,0,0
expect 'Object.keys(b).join(",")' 'root,as_of,levels,children,round_year,overdue_list,at_risk'
expect 'b.children.reduce((s, c) => s + c.levels.find(l => l.level === "grassroots").held, 0)' 48
cp "$work/body" "$work/progress-api.json"
"$bin" --db "$db" progress --root BADINH --as-of 2020-05-19 --json >"$work/progress-cli.json" ||
  fail "daihoi progress --json failed"
node -e '
  const fs = require("fs");
  const [api, cli] = process.argv.slice(1).map((f) => JSON.stringify(JSON.parse(fs.readFileSync(f, "utf8"))));
  process.exit(api === cli ? 0 : 1);
' "$work/progress-api.json" "$work/progress-cli.json" ||
  fail "GET /progress differs from daihoi progress --json"
call GET '/progress?root=BADINH&as_of=19/05/2020'
expect_status 200
expect 'b.as_of' 2020-05-19
call GET '/progress?root=BADINH&as_of=2020-01-01'
expect_status 200
expect 'b.levels.find(l => l.level === "grassroots").held' 0
call GET '/progress?root=BADINH&as_of=2020-02-30'
expect_error 400 invalid_input as_of
call GET '/progress?root=BADINH'
expect_error 400 invalid_input as_of
call GET '/progress?as_of=2020-05-19'
expect_error 400 invalid_input root
call GET '/progress?root=NO-SUCH-ORG&as_of=2020-05-19'
expect_error 404 not_found root

echo "api: progress workbook"
call GET '/progress.xlsx?root=BADINH&as_of=2020-05-19'
expect_status 200
case $ctype in application/vnd.openxmlformats-officedocument.spreadsheetml.sheet*) ;;
  *) fail "$last: content type '$ctype'" ;; esac
[ "$(head -c 2 "$work/body")" = "PK" ] || fail "$last: not an XLSX (zip) file"
call GET '/progress.xlsx?root=NO-SUCH-ORG&as_of=2020-05-19'
expect_error 404 not_found root

echo "api: congresses and their calendar"
call GET '/congresses?root=BADINH&round_year=2020'
expect_status 200
expect_json_type
expect 'b.root_name' 'Đảng bộ quận Ba Đình'
expect 'b.total === b.items.length' true
expect 'b.items[0].org_code + " " + b.items[0].term' 'BADINH 2020-2025'
expect 'b.items.filter(c => c.level === "grassroots").length' 56
expect 'b.items.every(c => c.org_name.length > 0 && c.term.startsWith("2020"))' true
expect 'b.items.filter(c => c.level === "grassroots" && c.held_end !== null && c.held_end <= "2020-05-19").length' 48
dated=$(js 'b.items.filter(c => (c.held_start && c.held_end) || (c.planned_start && c.planned_end)).length')
[ "$dated" -gt 56 ] || fail "BADINH: only $dated congresses with dates"
call GET '/congresses?root=BADINH&round_year=20x0'
expect_error 400 invalid_input round_year
call GET '/congresses?root=NO-SUCH-ORG'
expect_error 404 not_found root
call GET '/congresses.ics?root=BADINH&round_year=2020'
expect_status 200
case $ctype in text/calendar*) ;; *) fail "$last: content type '$ctype', expected text/calendar" ;; esac
events=$(grep -c $'^BEGIN:VEVENT\r$' "$work/body" || true)
[ "$events" = "$dated" ] || fail "$last: $events VEVENTs, expected $dated"
[ "$(head -1 "$work/body")" = $'BEGIN:VCALENDAR\r' ] || fail "$last: does not begin with BEGIN:VCALENDAR CRLF"
if grep -q $'[^\r]$' "$work/body"; then fail "$last: a line does not end in CRLF"; fi
if LC_ALL=C awk '{ if (length($0) > 76) exit 1 }' "$work/body"; then :; else fail "$last: a line is longer than 75 octets"; fi
grep -q $'^SUMMARY:Đại hội Đảng bộ quận Ba Đình\r$' "$work/body" || fail "$last: no SUMMARY for Ba Đình"
grep -q $'^UID:BADINH/2020-2025@daihoi\r$' "$work/body" || fail "$last: no stable UID for Ba Đình"
grep -q $'^DTSTART;VALUE=DATE:20200614\r$' "$work/body" || fail "$last: Ba Đình's congress does not start 14/06/2020"
grep -q $'^DTEND;VALUE=DATE:20200617\r$' "$work/body" || fail "$last: DTEND of Ba Đình is not 17/06/2020 (exclusive)"
call GET '/congresses.ics?root=NO-SUCH-ORG'
expect_error 404 not_found root

echo "api: openapi.json"
call GET /openapi.json
expect_status 200
expect_json_type
expect 'b.openapi.startsWith("3.")' true
expect '["/organizations", "/organizations/{code}", "/organizations/{code}/children", "/organizations/{code}/counts", "/members", "/import/{kind}", "/levels", "/health", "/progress", "/progress.xlsx", "/congresses", "/congresses.ics"].every(p => p in b.paths)' true

echo "api: static files"
root="http://127.0.0.1:$port"
check_static() {
  local path=$1 want_status=$2 want_type=$3 want_cache=$4 status
  # Headers go to a file: `echo | grep -q` under pipefail fails at random when grep exits first.
  curl -sS -o "$work/body" -D "$work/headers" "$root$path" || fail "GET $path: curl failed"
  tr -d '\r' <"$work/headers" >"$work/headers.txt"
  status=$(sed -n 1p "$work/headers.txt")
  [[ $status == *" $want_status"* ]] || fail "GET $path: $status, expected $want_status"
  grep -qi "^content-type: $want_type" "$work/headers.txt" || fail "GET $path: wrong content type: $(grep -i '^content-type' "$work/headers.txt")"
  if [ -n "$want_cache" ]; then
    grep -qi "^cache-control: $want_cache" "$work/headers.txt" || fail "GET $path: wrong cache header: $(grep -i '^cache-control' "$work/headers.txt")"
  fi
}
check_static / 200 'text/html' 'no-cache'
grep -q 'daihoi test' "$work/body" || fail "GET / did not serve index.html"
check_static /assets/index-AbCd1234.js 200 'text/javascript' 'public, max-age=31536000, immutable'
check_static /org/BADINH 200 'text/html' 'no-cache'
grep -q 'daihoi test' "$work/body" || fail "GET /org/BADINH did not fall back to index.html"
check_static /assets/missing-AbCd1234.js 404 'text/plain' ''
check_static /favicon.ico 404 'text/plain' ''

echo "api: graceful stop"
kill -TERM "$pid"
set +e
wait "$pid"
code=$?
set -e
pid=""
[ "$code" -eq 0 ] || fail "serve exited $code after SIGTERM"
grep -q 'stopped' "$work/serve.log" || fail "serve did not report its stop"

echo "api.sh: all checks passed"
