#!/usr/bin/env bash
# The roll of a congress end to end (R-EX-OFFICIO, R-CREDENTIALS, R-THRESHOLD): a demo SQLite
# database, `daihoi serve` on a free port, Ba Đình's 2020-2025 delegates' congress. Two
# delegations of its direct subordinate units and ex-officio members are recorded, sessions,
# absences and a credential issue; the convened count is checked exactly against the roll as the
# demo has it plus those changes. Then the 4xx answers, the PDF/XLSX lists, a members' congress,
# and the CLI: `daihoi roll check`, `roll show`, `roll import` (a bad row writes nothing).
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=roll_api.sh
source "$(dirname "$0")/lib/api_harness.sh"

mkdir -p "$work/web"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
start_server

roll=/congresses/BADINH/2020-2025/roll
put() { call PUT "$1" -H 'Content-Type: application/json' --data "$2"; }

echo "roll_api: the roll as the demo has it"
call GET "$roll"
expect_status 200
expect_json_type
expect 'b.congress.org_code + " " + b.congress.kind + " " + b.congress.org_name' 'BADINH delegates Đảng bộ quận Ba Đình'
expect 'b.opening + " " + b.opening_source' '2020-06-14 held'
expect 'b.people.length === b.people.filter(p => p.role !== "member").length' true
expect 'b.convened.denominator === b.convened.convened - b.convened.excluded' true
convened0=$(js 'b.convened.convened')
excluded0=$(js 'b.convened.excluded')
people0=$(js 'b.people.length')
# Sessions as recorded, then up to two: absences are recorded against session 2 below.
sessions=$(js 'JSON.stringify({sessions: [1, 2].map(n => b.sessions[n - 1] ? {number: n, title: b.sessions[n - 1].title, date: b.sessions[n - 1].date} : {number: n, title: "Phiên " + n, date: null}).concat(b.sessions.slice(2).map(s => ({number: s.number, title: s.title, date: s.date})))})')
cp "$work/body" "$work/roll0.json"

# Units: the direct subordinates of Ba Đình, as the organization API lists them.
call GET "/organizations/BADINH/children?limit=1000"
expect_status 200
cp "$work/body" "$work/children.json"
call GET "/members?root=BADINH&limit=1000"
expect_status 200
cp "$work/body" "$work/members.json"
cp "$work/roll0.json" "$work/body"
expect 'b.units.length === JSON.parse(fs.readFileSync(process.argv[1].replace(/body$/, "children.json"), "utf8")).items.length' true
# unit1: at least two seats (when an allocation is saved) and nothing recorded; unit2: a unit with registry members and nothing
# recorded (its official is named by member id).
unit1=$(js 'b.units.find(u => (b.allocation_id === null || u.allocated >= 2) && u.officials === 0 && u.alternates === 0).code')
members_js='JSON.parse(fs.readFileSync(process.argv[1].replace(/body$/, "members.json"), "utf8")).items'
unit2=$(js "b.units.find(u => u.code !== '$unit1' && (b.allocation_id === null || u.allocated >= 1) && u.officials === 0 && u.alternates === 0 && $members_js.some(m => m.org_code === u.code)).code")
m2=$(js "$members_js.filter(m => m.org_code === '$unit2')[0].id")
m2_name=$(js "$members_js.filter(m => m.org_code === '$unit2')[0].full_name")
m1=$(js "$members_js.filter(m => m.id !== '$m2' && m.status === 'full')[0].id")
m1_name=$(js "$members_js.filter(m => m.id === '$m1')[0].full_name")
echo "roll_api: delegations of $unit1 and $unit2, ex officio $m1"

echo "roll_api: record two delegations and ex-officio members"
post "$roll/delegations" "{\"unit_code\": \"$unit1\", \"officials\": [{\"full_name\": \"Nguyễn Thị  Thử Một\", \"gender\": \"female\", \"birth_date\": \"1980-02-03\"}, {\"full_name\": \"Trần Văn Thử Hai\"}], \"alternates\": [{\"full_name\": \"Lê Thị Dự Khuyết\"}]}"
expect_status 200
expect 'b.created.length' 3
a1=$(js 'b.created[0]')
a2=$(js 'b.created[1]')
p1=$(js 'b.created[2]')
expect "b.units.find(u => u.code === '$unit1').officials + '/' + b.units.find(u => u.code === '$unit1').alternates" '2/1'
# Names are normalized (NFC, one space); ranks follow the order given.
expect "JSON.stringify(b.people.filter(p => p.unit_code === '$unit1').map(p => [p.key, p.full_name, p.role, p.rank]))" \
  "[[\"$a1\",\"Nguyễn Thị Thử Một\",\"official\",1],[\"$a2\",\"Trần Văn Thử Hai\",\"official\",2],[\"$p1\",\"Lê Thị Dự Khuyết\",\"alternate\",1]]"
expect "b.people.find(p => p.key === '$a1').entry_id === $a1 && b.people.find(p => p.key === '$a1').birth_date === '1980-02-03'" true
expect 'b.convened.convened' $((convened0 + 2))

post "$roll/delegations" "{\"unit_code\": \"$unit2\", \"officials\": [{\"member_id\": \"$m2\"}]}"
expect_status 200
expect 'b.created.length' 1
o2=$(js 'b.created[0]')
# The registry gives the name of a member named by id.
expect "b.people.find(p => p.key === '$o2').full_name" "$m2_name"
expect "b.people.find(p => p.key === '$o2').member_id" "$m2"
expect 'b.convened.convened' $((convened0 + 3))

post "$roll/ex-officio" "{\"people\": [{\"member_id\": \"$m1\"}, {\"full_name\": \"Đỗ Văn Đương Nhiên\"}]}"
expect_status 200
expect 'b.created.length' 2
e1=$(js 'b.created[0]')
e2=$(js 'b.created[1]')
expect "b.people.find(p => p.key === '$e1').full_name + '|' + b.people.find(p => p.key === '$e1').role" "$m1_name|ex_officio"
# Ex officio come first on the roll.
expect "b.people.findIndex(p => p.key === '$e2') < b.people.findIndex(p => p.role !== 'ex_officio')" true
expect 'b.people.length' $((people0 + 6))
expect 'b.convened.convened' $((convened0 + 5))
expect 'b.convened.excluded' "$excluded0"

echo "roll_api: sessions, absences, a credential issue"
put "$roll/sessions" "$sessions"
expect_status 200
expect 'b.sessions.length >= 2' true
# R-THRESHOLD: a convening-committee member absent for the whole congress comes off.
put "$roll/absences" "{\"person\": \"$e2\", \"session\": 0, \"reason\": \"Đi công tác nước ngoài\"}"
expect_status 200
expect "b.people.find(p => p.key === '$e2').exclusion" absent_committee_member
# An official absent for the whole congress: the delegation's alternate stands in (R-CREDENTIALS).
put "$roll/absences" "{\"person\": \"$a1\", \"reason\": \"Ốm\"}"
expect_status 200
expect "b.people.find(p => p.key === '$a1').replaced_by" "$p1"
expect "b.people.find(p => p.key === '$p1').replaces + ' ' + b.people.find(p => p.key === '$p1').convened" "$a1 true"
put "$roll/absences" "{\"person\": \"$a2\", \"session\": 2, \"reason\": \"Đến muộn\"}"
expect_status 200
expect "JSON.stringify(b.people.find(p => p.key === '$a2').absent_sessions)" '[2]'
# R-CREDENTIALS: a delegate prosecuted before the opening is not convened; no alternate is left.
post "$roll/issues" "{\"person\": \"$o2\", \"kind\": \"prosecuted\", \"effective\": \"2020-06-01\", \"note\": \"Quyết định khởi tố\"}"
expect_status 200
expect 'b.created.length' 1
issue=$(js 'b.created[0]')
expect "b.people.find(p => p.key === '$o2').convened + ' ' + b.people.find(p => p.key === '$o2').not_convened" 'false prosecuted'
expect "b.issues.find(i => i.id === $issue).kind + ' ' + b.issues.find(i => i.id === $issue).effective" 'prosecuted 2020-06-01'

call GET "$roll"
expect_status 200
convened=$((convened0 + 4))
excluded=$((excluded0 + 1))
denominator=$((convened - excluded))
expect 'b.convened.convened' "$convened"
expect 'b.convened.excluded' "$excluded"
expect 'b.convened.denominator' "$denominator"
expect 'b.convened.votes_needed' $((denominator / 2 + 1))
expect "b.convened.exclusions.find(e => e.reason === 'absent_committee_member').people.includes('$e2')" true
expect "b.absences.filter(a => ['$e2', '$a1', '$a2'].includes(a.person)).length" 3
expect "b.sessions[1].absent >= 1" true
cp "$work/body" "$work/roll1.json"

echo "roll_api: errors"
post "$roll/delegations" "{\"unit_code\": \"$unit1\", \"officials\": [{\"full_name\": \"X Y\"}]}"
expect_error 409 conflict unit_code
put "$roll/sessions" '{"sessions": [{"number": 1, "title": "Một"}]}'
expect_error 409 conflict sessions
call GET "/organizations?root=BADINH&level=cell&limit=1"
expect_status 200
cell=$(js 'b.items[0].code')
post "$roll/delegations" "{\"unit_code\": \"$cell\", \"officials\": [{\"full_name\": \"X Y\"}]}"
expect_error 400 invalid_input unit_code
post "$roll/delegations" '{"unit_code": "HANOI", "officials": [{"full_name": "X Y"}]}'
expect_error 400 invalid_input unit_code
post "$roll/delegations" "{\"unit_code\": \"$unit1\", \"officials\": [{\"full_name\": \"X Y\"}, {\"full_name\": \"  \"}]}"
expect_error 400 invalid_input 'officials[1].full_name'
post "$roll/delegations" "{\"unit_code\": \"$unit1\", \"officials\": [{\"full_name\": \"X Y\"}], \"alternates\": [{\"member_id\": \"NO-SUCH-MEMBER\"}]}"
expect_error 400 invalid_input 'alternates[0].member_id'
post "$roll/ex-officio" "{\"people\": [{\"member_id\": \"$m1\"}]}"
expect_error 400 invalid_input 'people[0].member_id'
post "$roll/ex-officio" '{"people": [{"full_name": "X Y", "birth_date": "31/02/1970"}]}'
expect_error 400 invalid_input 'people[0].birth_date'
post "$roll/issues" "{\"person\": \"$a2\", \"kind\": \"lottery\", \"effective\": \"2020-06-01\"}"
expect_error 400 invalid_input kind
post "$roll/issues" "{\"person\": \"$a2\", \"kind\": \"suspended\", \"effective\": \"someday\"}"
expect_error 400 invalid_input effective
post "$roll/issues" '{"person": "999999", "kind": "suspended", "effective": "2020-06-01"}'
expect_error 400 invalid_input person
put "$roll/absences" "{\"person\": \"$a2\", \"session\": 99}"
expect_error 400 invalid_input session
put "$roll/absences" 'not json'
expect_error 400 invalid_input body
put "$roll/sessions" '{"sessions": [{"number": 2}]}'
expect_error 400 invalid_input 'sessions[0].number'
call GET /congresses/NOPE/2020-2025/roll
expect_error 404 not_found code
call GET /congresses/BADINH/2035-2040/roll
expect_error 404 not_found term
call DELETE "$roll/entries/999999"
expect_error 404 not_found id
call DELETE "$roll/issues/999999"
expect_error 404 not_found id
call DELETE "$roll/absences/$a2/1"
expect_error 404 not_found id
# Nothing above changed the roll.
call GET "$roll"
expect_status 200
expect 'JSON.stringify(b) === JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1].replace(/body$/, "roll1.json"), "utf8")))' true

echo "roll_api: removals"
call DELETE "$roll/absences/$a2/2"
expect_status 200
expect "JSON.stringify(b.people.find(p => p.key === '$a2').absent_sessions)" '[]'
call DELETE "$roll/issues/$issue"
expect_status 200
expect "b.people.find(p => p.key === '$o2').convened" true
expect 'b.convened.convened' $((convened + 1))
post "$roll/issues" "{\"person\": \"$o2\", \"kind\": \"prosecuted\", \"effective\": \"2020-06-01\"}"
expect_status 200
expect 'b.convened.convened' "$convened"

echo "roll_api: the delegate list as PDF and XLSX"
call GET "$roll.pdf"
expect_status 200
case $ctype in application/pdf*) ;; *) fail "pdf content type $ctype" ;; esac
[ "$(head -c 5 "$work/body")" = "%PDF-" ] || fail "roll.pdf is not a PDF"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/body" "$work/roll.txt"
  grep -q 'Trần Văn Thử Hai' "$work/roll.txt" || fail "roll.pdf does not list a recorded delegate"
  grep -q 'Lê Thị Dự Khuyết' "$work/roll.txt" || fail "roll.pdf does not list the alternate standing in"
fi
call GET "$roll.xlsx"
expect_status 200
case $ctype in application/vnd.openxmlformats-officedocument.spreadsheetml.sheet*) ;; *) fail "xlsx content type $ctype" ;; esac
[ "$(head -c 2 "$work/body")" = "PK" ] || fail "roll.xlsx is not a zip"
call GET "/congresses/NOPE/2020-2025/roll.pdf"
expect_error 404 not_found code

echo "roll_api: a members' congress is the registry"
call GET "/congresses/$unit2/2020-2025/roll"
expect_status 200
expect 'b.congress.kind + " " + b.units.length + " " + b.allocation_id' 'members 0 null'
expect 'b.people.every(p => p.role === "member" && p.key === p.member_id && p.entry_id === null)' true
opening=$(js 'b.opening')
# Full members on the opening date (or with no date), in the statuses R-THRESHOLD counts.
expect 'b.people.length' "$(js "$members_js.filter(m => m.org_code === '$unit2' && ['full', 'suspended', 'transferred', 'exempt'].includes(m.status) && (m.full_member_date === null || m.full_member_date <= '$opening')).length")"
expect 'b.convened.convened' "$(js 'b.people.length')"
post "/congresses/$unit2/2020-2025/roll/delegations" '{"unit_code": "X", "officials": [{"full_name": "X Y"}]}'
expect_error 400 invalid_input congress
post "/congresses/$unit2/2020-2025/roll/issues" "{\"person\": \"$m2\", \"kind\": \"retired\", \"effective\": \"2020-01-01\"}"
expect_error 400 invalid_input kind

echo "roll_api: daihoi roll check"
cat >"$work/check.json" <<'EOF'
{"kind": "delegates", "opening": "2020-06-14",
 "people": [
  {"key": "e1", "full_name": "Nguyễn Văn An", "role": "ex_officio"},
  {"key": "e2", "full_name": "Trần Thị Bình", "role": "ex_officio"},
  {"key": "o1", "full_name": "Lê Văn Cường", "role": "official", "unit_code": "A", "rank": 1},
  {"key": "o2", "full_name": "Phạm Văn Dũng", "role": "official", "unit_code": "A", "rank": 2},
  {"key": "p1", "full_name": "Hoàng Thị Hà", "role": "alternate", "unit_code": "A", "rank": 1}],
 "absences": [{"person": "e2", "session": 0, "reason": "Ốm"}],
 "allocated": {"A": 2}}
EOF
"$bin" roll check "$work/check.json" >"$work/body" || fail "daihoi roll check failed"
last="daihoi roll check"
expect 'JSON.stringify(b.convened)' '{"convened":4,"excluded":1,"denominator":3,"votes_needed":2,"exclusions":[{"reason":"absent_committee_member","count":1,"people":["e2"]}]}'
printf '{"kind": "delegates"}' >"$work/bad.json"
set +e
"$bin" roll check "$work/bad.json" >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "roll check of a malformed file: exit $rc, expected 2"

echo "roll_api: daihoi roll show"
"$bin" --db "$db" roll show --congress BADINH --term 2020-2025 >"$work/show.txt" ||
  fail "daihoi roll show failed"
grep -q "Số đại biểu được triệu tập: $convened\$" "$work/show.txt" || fail "roll show: convened $convened missing: $(head -12 "$work/show.txt")"
grep -q "Tổng số làm căn cứ tính kết quả bầu cử: $denominator\$" "$work/show.txt" || fail "roll show: denominator missing"
grep -q 'Đỗ Văn Đương Nhiên' "$work/show.txt" || fail "roll show: the excluded member is not named"
"$bin" --db "$db" roll show --congress BADINH --term 2020-2025 --json >"$work/body"
last="daihoi roll show --json"
expect 'b.convened.convened' "$convened"
set +e
"$bin" --db "$db" roll show --congress BADINH --term 2035-2040 >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "roll show of an unknown term: exit $rc, expected 2"
grep -q -- '--term' "$work/err" || fail "roll show: the error does not name --term: $(cat "$work/err")"

echo "roll_api: daihoi roll import"
cp "$work/roll1.json" "$work/body"
unit3=$(js "b.units.find(u => ![\"$unit1\", \"$unit2\"].includes(u.code) && (b.allocation_id === null || u.allocated >= 1) && u.officials === 0 && u.alternates === 0).code")
call GET "$roll"
people1=$(js 'b.people.length')
# A malformed row: nothing is written, the error names the file, row and column.
cat >"$work/bad.csv" <<EOF
role,unit_code,rank,full_name,member_id,gender,birth_date
ex_officio,,,Hoàng Văn Nhập,,male,1970-01-01
official,$unit3,1,Phan Thị Nhập,,female,1980-02-03
official,$unit3,2,Vũ Văn Sai,,nam,31/02/1980
EOF
set +e
"$bin" --db "$db" roll import --congress BADINH --term 2020-2025 "$work/bad.csv" >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "roll import of a bad row: exit $rc, expected 2"
grep -q "bad.csv, row 4, column birth_date" "$work/err" || fail "roll import: error not located: $(cat "$work/err")"
# A row the use cases reject (an unknown member id) after others were accepted: the
# transaction is rolled back, the ex-officio row above it is not written either.
cat >"$work/bad2.csv" <<EOF
role,unit_code,rank,full_name,member_id,gender,birth_date
ex_officio,,,Hoàng Văn Nhập,,male,1970-01-01
official,$unit3,1,Phan Thị Nhập,NO-SUCH-MEMBER,female,1980-02-03
EOF
set +e
"$bin" --db "$db" roll import --congress BADINH --term 2020-2025 "$work/bad2.csv" >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "roll import of an unknown member: exit $rc, expected 2"
grep -q "bad2.csv, row 3, column member_id" "$work/err" || fail "roll import: error not located: $(cat "$work/err")"
call GET "$roll"
expect 'b.people.length' "$people1"
expect 'b.convened.convened' "$convened"
# Vietnamese headers and words; officials in rank order whatever the row order.
cat >"$work/roll.csv" <<EOF
Vai trò,Mã đơn vị,Thứ tự,Họ và tên,Mã đảng viên,Giới tính,Ngày sinh
đương nhiên,,,Hoàng Văn Nhập,,nam,01/01/1970
dự khuyết,$unit3,1,Trịnh Thị Dự,,nữ,
chính thức,$unit3,1,Phan Thị Nhập,,nữ,03/02/1980
EOF
"$bin" --db "$db" roll import --congress BADINH --term 2020-2025 "$work/roll.csv" >"$work/import.txt" 2>"$work/err" ||
  fail "roll import failed: $(cat "$work/err")"
call GET "$roll"
expect 'b.people.length' $((people1 + 3))
expect 'b.convened.convened' $((convened + 2))
expect "JSON.stringify(b.people.filter(p => p.unit_code === '$unit3').map(p => [p.full_name, p.role, p.rank, p.gender]))" \
  '[["Phan Thị Nhập","official",1,"female"],["Trịnh Thị Dự","alternate",1,"female"]]'
expect "b.people.find(p => p.full_name === 'Hoàng Văn Nhập').role + ' ' + b.people.find(p => p.full_name === 'Hoàng Văn Nhập').birth_date" 'ex_officio 1970-01-01'

echo "roll_api.sh: all checks passed"
