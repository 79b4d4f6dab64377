#!/usr/bin/env bash
# Personnel scheme and vetting end to end (docs/personnel.md; R-SURPLUS, R-STRUCTURE, R-VOTERS,
# R-VETTING): the demo's Ba Đình scheme (41 seats, 47 nominees → 14.63%; version 1 returned by
# Hà Nội, version 2 approved; 46 nominees cleared, one open complaint) refuses to finalize the
# list until the complaint is concluded; a ward's scheme prepared from the command line through
# the whole workflow; positions with concurrent titles; the printable scheme; and the API with
# its access rules (only the organization board and administrators see vetting; every read is
# audited).
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=personnel_cli.sh
source "$(dirname "$0")/lib/api_harness.sh"

mkdir -p "$work/web"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
cli() { "$bin" --db "$db" "$@"; }
# cli_fails CODE FILE ARGS...: the command exits with CODE, its stderr in FILE.
cli_fails() {
  local want=$1 err=$2
  shift 2
  set +e
  "$bin" --db "$db" "$@" >/dev/null 2>"$err"
  local rc=$?
  set -e
  [ "$rc" = "$want" ] || fail "$*: exit $rc, expected $want; $(cat "$err")"
}

echo "personnel_cli: the demo's scheme"
cli scheme show --congress BADINH --term 2020-2025 >"$work/scheme.txt"
grep -q 'Phiên bản 2/2: Đã phê duyệt' "$work/scheme.txt" || fail "scheme show: $(head -c 600 "$work/scheme.txt")"
grep -q 'Danh sách BCH: 47 người cho 41 chỉ tiêu, số dư 6 (14,63%)' "$work/scheme.txt" ||
  fail "scheme show: no surplus line: $(grep -n 'Danh sách' "$work/scheme.txt")"
grep -q 'return  hanoi.btc  — Đề nghị bổ sung nhân sự nữ' "$work/scheme.txt" ||
  fail "scheme show: no return with its comment"
grep -q 'Bí thư Đảng ủy phường Kim Mã, kiêm Chủ tịch UBND phường Kim Mã' "$work/scheme.txt" ||
  fail "scheme show: no concurrent title"
cli --json scheme show --congress BADINH --term 2020-2025 >"$work/body"
expect 'b.version + " " + b.status + " " + b.versions.map(v => v.status).join(",")' '2 approved returned,approved'
expect 'b.statistics.candidates + " " + b.statistics.seats + " " + b.statistics.surplus_percent' '47 41 14.63'
expect 'b.statistics.surplus_problem' ''
expect 'b.statistics.outgoing.size + " " + b.statistics.proposed.re_elected + " " + b.statistics.proposed.first_time' '41 30 17'
expect 'b.events.map(e => e.action).join(",")' 'create,submit,return,revise,submit,approve'
expect 'b.nominees.filter(n => n.open_complaints > 0).length + " " + b.nominees.filter(n => n.concerns > 0).length' '1 1'
complained=$(js 'b.nominees.find(n => n.open_complaints > 0).member_id')
cli --json scheme show --congress BADINH --term 2020-2025 --version 1 >"$work/body"
expect 'b.status + " " + b.nominees.length' 'returned 46'

echo "personnel_cli: the vetting file (46 cleared) and the open complaint"
cli --json vetting list --congress BADINH --term 2020-2025 >"$work/body"
expect 'b.tasks.length + " " + b.tasks.filter(t => t.conclusion === "open").length' '141 0'
# Cleared: every board's task of the nominee concluded "cleared".
expect 'new Set(b.tasks.map(t => t.member_id)).size - new Set(b.tasks.filter(t => t.conclusion !== "cleared").map(t => t.member_id)).size' 46
expect 'b.complaints.length + " " + b.complaints[0].source + " " + b.complaints[0].open' '1 anonymous_letter true'
complaint=$(js 'b.complaints[0].id')
cli complaint list --congress BADINH --term 2020-2025 >"$work/complaints.txt"
grep -q 'Thư nặc danh' "$work/complaints.txt" || fail "complaint list: $(cat "$work/complaints.txt")"

echo "personnel_cli: the list refuses to finalize until the complaint is concluded (R-VETTING)"
start_server
call GET /congresses/BADINH/2020-2025/elections
expect_status 200
election=$(js 'b.items.find(e => e.title.startsWith("Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI")).id')
cli_fails 1 "$work/err" nomination finalize --election "$election"
grep -q 'R-VETTING' "$work/err" || fail "finalize refused without the rule: $(cat "$work/err")"
grep -q "($complained): 1 đơn thư chưa giải quyết xong" "$work/err" ||
  fail "finalize refused without naming the nominee: $(cat "$work/err")"
cli_fails 2 "$work/err" complaint conclude "$complaint" --conclusion ""
cli complaint conclude "$complaint" --conclusion "Không có cơ sở, đủ tiêu chuẩn ứng cử" --on 2020-06-10 >/dev/null
cli_fails 2 "$work/err" complaint conclude "$complaint" --conclusion "Lần nữa"
cli nomination finalize --election "$election" >"$work/final.txt"
grep -q 'Đã chốt danh sách bầu cử: 47 người' "$work/final.txt" || fail "finalize: $(head -c 400 "$work/final.txt")"
# A complaint that arrives after the list is final keeps it from being locked (ballots printed).
cli complaint add --congress BADINH --term 2020-2025 --member "$complained" --received 2020-06-11 \
  --source named_letter --summary "Đơn phản ánh bổ sung" >/dev/null
cli_fails 1 "$work/err" election lock "$election"
grep -q 'R-VETTING' "$work/err" || fail "lock refused without the rule: $(cat "$work/err")"

echo "personnel_cli: a cell's scheme through the workflow from the command line"
call GET "/members?root=BADINH-CHICUCTHUE&status=full&limit=20"
expect_status 200
mapfile -t ward < <(js 'b.items.slice(0, 7).map(m => m.id).join("\n")')
[ "${#ward[@]}" = 7 ] || fail "the cell has fewer than 7 full members"
cli_fails 2 "$work/err" scheme create --congress BADINH-CHICUCTHUE --term 2020-2025 --committee 5 --standing 5
grep -q -- '--standing' "$work/err" || fail "bad numbers not named: $(cat "$work/err")"
cli scheme create --congress BADINH-CHICUCTHUE --term 2020-2025 --committee 5 --deputies 1 --women 20 >/dev/null
cli_fails 2 "$work/err" scheme create --congress BADINH-CHICUCTHUE --term 2020-2025 --committee 5
for member in "${ward[@]:0:6}"; do
  cli scheme add-nominee --congress BADINH-CHICUCTHUE --term 2020-2025 --member "$member" --reason succession_plan >/dev/null
done
cli_fails 2 "$work/err" scheme add-nominee --congress BADINH-CHICUCTHUE --term 2020-2025 --member "${ward[0]}"
cli_fails 2 "$work/err" scheme add-nominee --congress BADINH-CHICUCTHUE --term 2020-2025 --member NO-SUCH
grep -q -- '--member' "$work/err" || fail "unknown member not named: $(cat "$work/err")"
cli_fails 2 "$work/err" scheme approve --congress BADINH-CHICUCTHUE --term 2020-2025
cli scheme submit --congress BADINH-CHICUCTHUE --term 2020-2025 --due 2099-01-01 >"$work/out.txt"
grep -q 'mở 18 nhiệm vụ thẩm tra' "$work/out.txt" || fail "submit: $(cat "$work/out.txt")"
cli_fails 2 "$work/err" scheme return --congress BADINH-CHICUCTHUE --term 2020-2025 --comment ""
cli scheme return --congress BADINH-CHICUCTHUE --term 2020-2025 --comment "Bổ sung một đồng chí nữ" >/dev/null
cli_fails 2 "$work/err" scheme add-nominee --congress BADINH-CHICUCTHUE --term 2020-2025 --member "${ward[6]}"
cli scheme revise --congress BADINH-CHICUCTHUE --term 2020-2025 >"$work/out.txt"
grep -q 'phiên bản 2' "$work/out.txt" || fail "revise: $(cat "$work/out.txt")"
cli scheme remove-nominee --congress BADINH-CHICUCTHUE --term 2020-2025 --member "${ward[5]}" >/dev/null
cli scheme add-nominee --congress BADINH-CHICUCTHUE --term 2020-2025 --member "${ward[6]}" --reason rotation >/dev/null
cli scheme submit --congress BADINH-CHICUCTHUE --term 2020-2025 --due 2099-01-01 >"$work/out.txt"
grep -q 'mở 3 nhiệm vụ thẩm tra' "$work/out.txt" || fail "resubmit: $(cat "$work/out.txt")"
cli scheme approve --congress BADINH-CHICUCTHUE --term 2020-2025 --comment "Đồng ý" >/dev/null
cli --json scheme show --congress BADINH-CHICUCTHUE --term 2020-2025 >"$work/body"
expect 'b.version + " " + b.status + " " + b.nominees.length + " " + b.statistics.surplus_percent' '2 approved 6 20'
expect 'b.superior_code' 'BADINH'
cli_fails 2 "$work/err" scheme seed-nominations --congress BADINH-CHICUCTHUE --term 2020-2025
grep -q -- '--election' "$work/err" || fail "seed without an election: $(cat "$work/err")"

echo "personnel_cli: vetting conclusions"
cli --json vetting list --congress BADINH-CHICUCTHUE --term 2020-2025 --member "${ward[6]}" >"$work/body"
expect 'b.tasks.length' 3
task=$(js 'b.tasks[0].id')
cli_fails 2 "$work/err" vetting conclude "$task" --conclusion concern
cli vetting conclude "$task" --conclusion concern --note "Cần làm rõ thời gian công tác" >/dev/null
cli --json vetting list --congress BADINH-CHICUCTHUE --term 2020-2025 --member "${ward[6]}" >"$work/body"
expect 'b.tasks[0].conclusion + " " + b.tasks[0].note' 'concern Cần làm rõ thời gian công tác'

echo "personnel_cli: positions, concurrent titles, import all or nothing"
cli position add --member "${ward[0]}" --kind secretary --organization "Đảng ủy phường Kim Mã" --from 2019-01-08 >/dev/null
cli position add --member "${ward[0]}" --kind peoples_committee_chair --organization "phường Kim Mã" --from 2019-01-15 >/dev/null
cli position list --member "${ward[0]}" --on 2020-06-01 >"$work/out.txt"
grep -q 'Bí thư Đảng ủy phường Kim Mã, kiêm Chủ tịch UBND phường Kim Mã' "$work/out.txt" ||
  fail "position list: $(cat "$work/out.txt")"
cli_fails 2 "$work/err" position add --member "${ward[1]}" --kind mayor --organization "UBND"
grep -q -- '--kind' "$work/err" || fail "unknown kind not named: $(cat "$work/err")"
printf 'member_id,kind,organization,org_code,from,to\n%s,police_chief,phường Kim Mã,,2018-01-01,\n%s,mayor,phường Kim Mã,,2018-01-01,\n' \
  "${ward[1]}" "${ward[2]}" >"$work/positions.csv"
cli_fails 2 "$work/err" position import "$work/positions.csv"
grep -q 'row 3' "$work/err" || fail "import error without its row: $(cat "$work/err")"
cli --json position list --member "${ward[1]}" >"$work/body"
expect 'b.positions.length' 0
sed -i 's/,mayor,/,front_chair,/' "$work/positions.csv"
cli position import "$work/positions.csv" >/dev/null
cli --json position list --org BADINH-CHICUCTHUE >"$work/body"
expect 'b.positions.length' 4

echo "personnel_cli: the printable scheme"
cli scheme pdf --congress BADINH --term 2020-2025 --out "$work/scheme.pdf" --date 2020-05-20 2>/dev/null
head -c 5 "$work/scheme.pdf" | grep -q '%PDF-' || fail "scheme pdf: not a PDF"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/scheme.pdf" "$work/scheme-pdf.txt"
  grep -q 'ĐỀ ÁN' "$work/scheme-pdf.txt" || fail "scheme pdf: no title"
  grep -q '14,63%' "$work/scheme-pdf.txt" || fail "scheme pdf: no surplus"
fi

echo "personnel_cli: the API, its access rules, and every read of the vetting file audited"
call GET /congresses/BADINH/2020-2025/scheme
expect_status 200
expect 'b.version + " " + b.statistics.surplus_percent' '2 14.63'
call GET "/congresses/BADINH/2020-2025/vetting?member=$complained"
expect_status 200
expect 'b.tasks.length + " " + b.complaints.length' '3 2'
call GET /congresses/BADINH/2020-2025/scheme.pdf
expect_status 200
case $ctype in application/pdf*) ;; *) fail "scheme.pdf: content type $ctype" ;; esac
late=$(cli --json complaint list --congress BADINH --term 2020-2025 | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).find(c=>c.open).id))')
post "/complaints/$late/conclusion" '{"conclusion": ""}'
expect_error 400 invalid_input conclusion
post "/complaints/$late/conclusion" '{"conclusion": "Đã xác minh", "concluded_on": "2020-06-12"}'
expect_status 200
post /congresses/BADINH/2020-2025/scheme/approve '{}'
expect_error 409 conflict status
call GET /congresses/HOANKIEM/2020-2025/scheme
expect_status 404
for account in "quanthanh.vp quanthanh-2020" "hanoi.giamsat giamsat-2020" "badinh.kiemphieu kiemphieu-2020"; do
  set -- $account
  api_login "$1" "$2" || fail "sign-in as $1: HTTP $login_status"
  call GET /congresses/BADINH/2020-2025/vetting
  expect_status 403
  call GET /congresses/BADINH/2020-2025/scheme
  expect_status 403
  post /congresses/BADINH/2020-2025/complaints "{\"member_id\": \"$complained\", \"received_on\": \"2020-06-12\", \"summary\": \"x\"}"
  expect_status 403
done
api_login badinh.btc badinh-2020 || fail "sign-in as badinh.btc: HTTP $login_status"
call GET /congresses/BADINH/2020-2025/vetting
expect_status 200
# The district's board cannot decide on its own scheme: the superior (Hà Nội) does.
post /congresses/BADINH/2020-2025/scheme/approve '{}'
expect_status 403
api_login admin quantri-demo || fail "sign-in as admin"
cli --json audit list --actor badinh.btc >"$work/body"
expect 'b.items.filter(r => r.use_case === "vetting.read").length' 1

echo "personnel_cli: ok"
