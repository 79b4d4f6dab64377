#!/usr/bin/env bash
# Working groups, subcommittees and commendations end to end, on the demo database: Ba Đình's 12
# working and 4 guidance groups over its 56 grassroots organizations, its three subcommittees,
# Đống Đa's 27 collectives and 47 individuals commended. Through the API: a double booking is
# refused (409, both units and dates named) and writes nothing; tasks turn overdue and done; a
# commendation is added, exported as XLSX and PDF. Through the CLI: `group add|member|assign|
# attend|list`, `subcommittee add|task|done|list`, `commendation add|import|export|list`, with a
# bad import row named by file, row and column and nothing written.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=groups_cli.sh
source "$(dirname "$0")/lib/api_harness.sh"

mkdir -p "$work/web"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
start_server

groups=/congresses/BADINH/2020-2025/working-groups
run() { "$bin" --db "$db" "$@"; }

echo "groups_cli: the demo's groups"
call GET "$groups"
expect_status 200
expect_json_type
expect 'b.groups.filter(g => g.kind === "working").length' 12
expect 'b.groups.filter(g => g.kind === "guidance").length' 4
expect 'new Set(b.groups.filter(g => g.kind === "working").flatMap(g => g.units.map(u => u.unit_code))).size' 56
expect 'new Set(b.groups.filter(g => g.kind === "guidance").flatMap(g => g.units.map(u => u.unit_code))).size' 56
expect 'b.groups.every(g => g.members.length > 0 && g.members[0].role === "leader")' true
expect 'b.groups.flatMap(g => g.units).every(u => u.start !== null && u.held)' true
expect 'b.clashes.length' 0

# A double booking: the leader of the first working group attends its first unit; that unit's
# congress overlaps another unit's. Assign that unit to the group, then book the leader there.
cp "$work/body" "$work/groups0.json"
gid=$(js 'b.groups[0].id')
leader=$(js 'b.groups[0].members[0].id')
leader_name=$(js 'b.groups[0].members[0].full_name')
first=$(js 'JSON.stringify(b.groups[0].units.find(u => u.attendees.some(a => a.group_member_id === b.groups[0].members[0].id)))')
[ "$first" != "undefined" ] || fail "the leader of the first group attends none of its units"
first_code=$(node -e 'console.log(JSON.parse(process.argv[1]).unit_code)' "$first")
other=$(js "(() => { const f = $first; const all = b.groups.flatMap(g => g.units); const o = all.find(u => u.unit_code !== f.unit_code && !b.groups[0].units.some(x => x.unit_code === u.unit_code) && u.start <= f.end && f.start <= u.end); return o ? o.unit_code : ''; })()")
[ -n "$other" ] || fail "no unit of Ba Đình has a congress overlapping $first_code"
post "$groups/$gid/assignments" "{\"unit_code\": \"$other\"}"
expect_status 200
assignment=$(js "b.groups.find(g => g.id === $gid).units.find(u => u.unit_code === '$other').assignment_id")
post "$groups/$gid/attendances" "{\"group_member_id\": $leader, \"assignment_id\": $assignment}"
expect_error 409 conflict assignment_id
expect "b.error.message.includes('$leader_name')" true
first_name=$(node -e 'console.log(JSON.parse(process.argv[1]).unit_name)' "$first")
other_name=$(node -e 'const b = JSON.parse(require("fs").readFileSync(process.argv[1])); console.log(b.groups.flatMap(g => g.units).find(u => u.unit_code === process.argv[2]).unit_name)' "$work/groups0.json" "$other")
expect "b.error.message.includes('$first_name') && b.error.message.includes('$other_name')" true
msg=$(js 'b.error.message')
case $msg in *"/2020"*"trùng với"*"/2020"*) ;; *) fail "the clash names no dates: $msg" ;; esac
call GET "$groups"
expect "b.groups.find(g => g.id === $gid).units.find(u => u.unit_code === '$other').attendees.length" 0
# The suggestion leaves the booked leader out.
call GET "$groups/$gid/assignments/$assignment/free"
expect_status 200
expect "b.free.some(p => p.full_name === '$leader_name')" false
expect 'b.free.length > 0' true

echo "groups_cli: 4xx answers"
post "$groups" '{"kind": "team"}'
expect_error 400 invalid_input kind
post "$groups/$gid/assignments" '{"unit_code": "KHUETRUNG"}'
expect_error 400 invalid_input unit_code
post "$groups/999999/members" '{"full_name": "Lê Văn Tám"}'
expect_error 404 not_found group_id
call GET /congresses/NOPE/2020-2025/working-groups
expect_error 404 not_found code
post "$groups" '{"kind": "working", "name": "Tổ công tác số 1"}'
expect_error 409 conflict name

echo "groups_cli: subcommittees"
subs=/congresses/BADINH/2020-2025/subcommittees
call GET "$subs?as_of=2020-05-21"
expect_status 200
expect 'b.subcommittees.map(s => s.kind).join(",")' documents,personnel,logistics
expect 'b.subcommittees[0].name' 'Tiểu ban Văn kiện'
expect 'b.subcommittees[1].tasks.find(t => t.title.startsWith("Hồ sơ nhân sự")).status' open
call GET "$subs?as_of=2020-05-26"
expect 'b.subcommittees[1].tasks.find(t => t.title.startsWith("Hồ sơ nhân sự")).status' overdue
expect 'b.subcommittees[1].overdue' 1
task=$(js 'b.subcommittees[1].tasks.find(t => t.title.startsWith("Hồ sơ nhân sự")).id')
call PUT "$subs/tasks/$task?as_of=2020-05-26" -H 'Content-Type: application/json' --data '{"done": true, "on": "2020-05-27"}'
expect_status 200
expect "b.subcommittees[1].tasks.find(t => t.id === $task).status" done
expect "b.subcommittees[1].tasks.find(t => t.id === $task).done_on" 2020-05-27
post "$subs/$(js 'b.subcommittees[0].id')/tasks" '{"title": "Gửi văn kiện cho đại biểu", "due": "2020-06-10"}'
expect_status 200
post "$subs" '{"kind": "finance"}'
expect_error 400 invalid_input kind

echo "groups_cli: commendations"
comm=/congresses/DONGDA/2020-2025/commendations
call GET "$comm"
expect_status 200
expect 'b.collectives + " " + b.individuals' '27 47'
expect 'b.commendations[0].kind' collective
post "$comm" '{"kind": "individual", "full_name": "Đỗ Thị Mai", "org_code": "DONGDA-VANCHUONG", "award": "Giấy khen", "decision": "Quyết định số 1070-QĐ/QU", "decided_on": "2020-08-28", "reason": "Hoàn thành xuất sắc nhiệm vụ"}'
expect_status 200
expect 'b.individuals' 48
post "$comm" '{"commendations": [{"kind": "collective", "org_code": "DONGDA-KIMLIEN", "decision": "QĐ 1", "decided_on": "2020-08-28", "reason": "x"}, {"kind": "collective", "org_code": "BADINH-QUANTHANH", "decision": "QĐ 2", "decided_on": "2020-08-28", "reason": "x"}]}'
expect_error 400 invalid_input 'commendations[1].org_code'
post "$comm" '{"kind": "individual", "decision": "QĐ 3", "decided_on": "2020-08-28", "reason": "x"}'
expect_error 400 invalid_input full_name
call GET "$comm"
expect 'b.collectives + " " + b.individuals' '27 48'
call GET "$comm.xlsx"
expect_status 200
case $ctype in application/vnd.openxmlformats*) ;; *) fail "xlsx content type $ctype" ;; esac
head -c 2 "$work/body" | grep -q PK || fail "the XLSX is not a zip"
call GET "$comm.pdf"
expect_status 200
head -c 5 "$work/body" | grep -q '%PDF-' || fail "the PDF is not a PDF"

echo "groups_cli: the command line"
run group add --congress BADINH --term 2020-2025 --kind guidance >"$work/add.txt"
grep -q "Tổ chỉ đạo số 5" "$work/add.txt" || fail "group add: $(cat "$work/add.txt")"
run --json group list --congress BADINH --term 2020-2025 >"$work/list.json"
new=$(node -e 'const b = JSON.parse(require("fs").readFileSync(process.argv[1])); console.log(b.groups.find(g => g.name === "Tổ chỉ đạo số 5").id)' "$work/list.json")
run group member --congress BADINH --term 2020-2025 --group "$new" --name "Hoàng Văn Thụ" --role leader >/dev/null
run group assign --congress BADINH --term 2020-2025 --group "$new" --unit "$first_code" >/dev/null
run group assign --congress BADINH --term 2020-2025 --group "$new" --unit "$other" >/dev/null
run group attend --congress BADINH --term 2020-2025 --group "$new" --member "Hoàng Văn Thụ" --unit "$first_code" 2>"$work/attend.err" &&
  fail "attend by name should need the member's number"
member=$(run --json group list --congress BADINH --term 2020-2025 | node -e 'const b = JSON.parse(require("fs").readFileSync(0)); console.log(b.groups.find(g => g.id === '"$new"').members[0].id)')
run group attend --congress BADINH --term 2020-2025 --group "$new" --member "$member" --unit "$first_code" >"$work/attend.txt"
grep -q "Hoàng Văn Thụ" "$work/attend.txt" || fail "attend: $(cat "$work/attend.txt")"
set +e
run group attend --congress BADINH --term 2020-2025 --group "$new" --member "$member" --unit "$other" >/dev/null 2>"$work/clash.err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "a double booking exits $rc, expected 2"
grep -q "trùng với" "$work/clash.err" || fail "clash message: $(cat "$work/clash.err")"

run subcommittee add --congress HAIBATRUNG --term 2025-2030 --kind documents >/dev/null
sid=$(run --json subcommittee list --congress HAIBATRUNG --term 2025-2030 | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).subcommittees[0].id)')
run subcommittee task --congress HAIBATRUNG --term 2025-2030 --subcommittee "$sid" --title "Dự thảo báo cáo" --due 2025-05-01 >/dev/null
run subcommittee list --congress HAIBATRUNG --term 2025-2030 --as-of 2025-05-02 >"$work/subs.txt"
grep -q "QUÁ HẠN" "$work/subs.txt" || fail "overdue task not shown: $(cat "$work/subs.txt")"
tid=$(run --json subcommittee list --congress HAIBATRUNG --term 2025-2030 | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).subcommittees[0].tasks[0].id)')
run subcommittee done --congress HAIBATRUNG --term 2025-2030 --task "$tid" --on 2025-05-03 >"$work/done.txt"
grep -q "\[x\]" "$work/done.txt" || fail "task not done: $(cat "$work/done.txt")"

run commendation add --congress HAIBATRUNG --term 2025-2030 --kind collective --org HAIBATRUNG-TDP01 --decision "Quyết định số 15-QĐ/ĐU" --decided-on 2025-09-01 --reason "Tổ chức tốt đại hội" >/dev/null
printf 'Đối tượng,Mã tổ chức,Họ và tên,Hình thức,Số quyết định,Ngày quyết định,Thành tích\ncá nhân,,Phan Văn Khải,Giấy khen,QĐ 16-QĐ/ĐU,02/09/2025,Phục vụ đại hội\ntập thể,NOPE,,Giấy khen,QĐ 16-QĐ/ĐU,02/09/2025,x\ncá nhân,,,Giấy khen,,2025-09-02,x\n' >"$work/bad.csv"
set +e
run commendation import --congress HAIBATRUNG --term 2025-2030 "$work/bad.csv" >/dev/null 2>"$work/import.err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "a bad import exits $rc, expected 2"
grep -q "bad.csv, row 4, column decision" "$work/import.err" || fail "import errors: $(cat "$work/import.err")"
grep -q "bad.csv, row 3, column org_code" "$work/import.err" || fail "import errors: $(cat "$work/import.err")"
run --json commendation list --congress HAIBATRUNG --term 2025-2030 >"$work/comm.json"
node -e 'const b = JSON.parse(require("fs").readFileSync(process.argv[1])); if (b.commendations.length !== 1) process.exit(1)' "$work/comm.json" ||
  fail "a bad import wrote something"
head -2 "$work/bad.csv" >"$work/good.csv"
run commendation import --congress HAIBATRUNG --term 2025-2030 "$work/good.csv" >/dev/null
run commendation export --congress HAIBATRUNG --term 2025-2030 --xlsx "$work/out.xlsx" --pdf "$work/out.pdf" --place "Hà Nội" 2>/dev/null
head -c 5 "$work/out.pdf" | grep -q '%PDF-' || fail "export PDF"
# The export reads back: importing it into another congress gives the same list.
run commendation import --congress HAIBATRUNG --term 2030-2035 "$work/out.xlsx" >/dev/null
run --json commendation list --congress HAIBATRUNG --term 2030-2035 >"$work/again.json"
node -e '
  const fs = require("fs");
  const strip = (b) => b.commendations.map(({id, ...c}) => c);
  const a = strip(JSON.parse(fs.readFileSync(process.argv[1]))), b = strip(JSON.parse(fs.readFileSync(process.argv[2])));
  if (JSON.stringify(a) !== JSON.stringify(b)) { console.error(JSON.stringify(a), JSON.stringify(b)); process.exit(1); }
' <(run --json commendation list --congress HAIBATRUNG --term 2025-2030) "$work/again.json" || fail "export → import changed the list"

echo "groups_cli: ok"
