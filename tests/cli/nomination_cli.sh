#!/usr/bin/env bash
# Nominations and the final list end to end (R-VOTERS, R-INCUMBENT, R-FLOOR-GATE, R-WITHDRAW,
# R-SHOW-OF-HANDS, R-SURPLUS, R-STRUCTURE): the demo's Ba Đình committee election (41 seats, 47
# nominees from the committee's list, 14.63%) through `daihoi nomination` and the API: a floor
# nominee held by the poll, a withdrawal decided by vote, finalize refused with the reasons until
# every vote is recorded, then the list written as the election's candidates and locked, after
# which nothing changes.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=nomination_cli.sh
source "$(dirname "$0")/lib/api_harness.sh"

mkdir -p "$work/web"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
start_server
put() { call PUT "$1" -H 'Content-Type: application/json' --data "$2"; }
cli() { "$bin" --db "$db" "$@"; }

echo "nomination_cli: the demo's committee election"
call GET /congresses/BADINH/2020-2025/elections
expect_status 200
election=$(js 'b.items.find(e => e.title.startsWith("Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI")).id')
call GET "/elections/$election/nominations"
expect_status 200
expect_json_type
expect 'b.nominations.length' 47
expect 'b.nominations.every(n => n.source === "committee" && n.status === "on_list")' true
expect 'JSON.stringify(b.surplus)' '{"seats":41,"candidates":47,"surplus":6,"ratio":14.63}'
expect 'b.structure.reelected + " " + b.structure.first_time' '30 17'
expect 'b.can_finalize + " " + b.finalized + " " + b.locked' 'true false false'
expect 'b.opening + " " + (b.convened > 41)' '2020-06-14 true'
first=$(js 'b.nominations[0].id')
first_member=$(js 'b.nominations[0].member_id')
convened=$(js 'b.convened')

cli nomination list --election "$election" --json >"$work/list.json"
cp "$work/list.json" "$work/body"
expect 'b.nominations.length + " " + b.surplus.ratio' '47 14.63'
cli nomination list --election "$election" >"$work/list.txt"
grep -q 'Danh sách bầu cử: 47 người cho 41 chỗ, số dư 6 (14,63%)' "$work/list.txt" ||
  fail "nomination list: no surplus line in $(head -c 400 "$work/list.txt")"

# A member of the registry outside the list, nominated from the floor.
call GET "/members?root=BADINH&status=full&limit=1000"
expect_status 200
floor_member=$(js 'b.items.find(m => !m.id.startsWith("BADINH-UV") && !m.id.startsWith("BADINH-NS")).id')

echo "nomination_cli: bad input names the option, nothing is written"
set +e
cli nomination add --election "$election" --member "$floor_member" --source floor 2>"$work/err"
rc=$?
cli nomination add --election "$election" --member NO-SUCH-MEMBER 2>"$work/err2"
rc2=$?
cli nomination add --election "$election" --member "$first_member" 2>"$work/err3"
rc3=$?
set -e
[ "$rc" = 2 ] || fail "floor nomination without --by: exit $rc, expected 2"
grep -q -- '--by' "$work/err" || fail "floor nomination without --by: $(cat "$work/err")"
[ "$rc2" = 2 ] && grep -q -- '--member' "$work/err2" || fail "unknown member: exit $rc2, $(cat "$work/err2")"
[ "$rc3" = 2 ] || fail "nominated twice: exit $rc3, expected 2 (conflict)"

echo "nomination_cli: a floor nominee waits for the nomination poll (R-FLOOR-GATE)"
cli nomination add --election "$election" --member "$floor_member" --source floor \
  --by "Đoàn đại biểu Đảng bộ phường Kim Mã" --json >"$work/added.json"
cp "$work/added.json" "$work/body"
expect 'b.nominations.length' 48
floor=$(js 'b.nominations[47].id')
expect "b.nominations[47].status + ' ' + b.nominations[47].nominated_by" 'poll_pending Đoàn đại biểu Đảng bộ phường Kim Mã'
expect 'b.blockers.map(x => x.rule).join(",")' 'R-FLOOR-GATE'
set +e
cli nomination finalize --election "$election" 2>"$work/err"
rc=$?
set -e
[ "$rc" = 1 ] || fail "finalize with a pending poll: exit $rc, expected 1"
grep -q 'R-FLOOR-GATE' "$work/err" || fail "finalize refused without the rule: $(cat "$work/err")"

# 30% of those present is not enough (more than 30% is): 81 of 270.
cli nomination poll "$floor" --present 270 --agree 81 --json >"$work/body"
expect "b.nominations.find(n => n.id === $floor).status" 'not_admitted'
expect "b.nominations.find(n => n.id === $floor).gate.passed" false
expect 'b.surplus.candidates' 47

echo "nomination_cli: a withdrawal is decided by the congress's vote (R-WITHDRAW)"
cli nomination withdraw "$first" --reason "Lý do sức khỏe" --json >"$work/body"
expect "b.nominations[0].status" 'withdrawal_pending'
expect 'b.blockers.map(x => x.rule).join(",")' 'R-WITHDRAW'
half=$((convened / 2))
cli nomination withdraw "$first" --present "$convened" --in-favour "$half" --json >"$work/body"
expect "b.nominations[0].status + ' ' + b.nominations[0].withdrawal.vote.convened" "on_list $convened"
cli nomination withdraw "$first" --present "$convened" --in-favour "$((half + 1))" --json >"$work/body"
expect "b.nominations[0].status" 'withdrawn'
expect 'JSON.stringify(b.surplus)' '{"seats":41,"candidates":46,"surplus":5,"ratio":12.2}'
expect 'b.can_finalize' true

echo "nomination_cli: structure targets warn, never refuse (R-STRUCTURE)"
cli nomination targets --election "$election" --women 60 >"$work/targets.txt"
grep -q 'Cảnh báo: Tỷ lệ nữ' "$work/targets.txt" || fail "no women warning: $(head -c 600 "$work/targets.txt")"
set +e
cli nomination targets --election "$election" --age-40-50-min 70 --age-40-50-max 50 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] && grep -q -- '--age-40-50-min' "$work/err" || fail "bad targets: exit $rc, $(cat "$work/err")"

echo "nomination_cli: the API answers the same and names its fields"
call GET "/elections/$election/nominations"
expect 'b.targets.women_min_percent + " " + b.targets_set' '60 true'
expect 'b.structure.warnings[0].code' 'women'
post "/elections/$election/nominations" '{"member_id": "NO-SUCH-MEMBER"}'
expect_error 404 not_found member_id
post "/elections/$election/nominations" '{"member_id": "x", "source": "congress"}'
expect_error 400 invalid_input source
post "/nominations/$floor/poll" '{"present": 10, "agree": 11}'
expect_error 400 invalid_input in_favour
put "/nominations/$first/withdrawal" '{"present": 5}'
expect_error 400 invalid_input in_favour
put "/elections/$election/structure-targets" '{"women_min_percent": 150}'
expect_error 400 invalid_input women_min_percent
put "/elections/$election/structure-targets" '{"women_min_percent": 15}'
expect_status 200
expect 'b.targets.women_min_percent' 15
call GET "/elections/999999/nominations"
expect_error 404 not_found id

echo "nomination_cli: finalize writes the candidates; after the lock nothing changes"
# The demo's open complaint about a nominee (R-VETTING, docs/personnel.md) is concluded first.
cli complaint conclude 1 --conclusion "Không có cơ sở" --on 2020-06-10 >/dev/null
cli nomination finalize --election "$election" >"$work/final.txt"
grep -q 'Đã chốt danh sách bầu cử: 46 người' "$work/final.txt" || fail "finalize: $(head -c 400 "$work/final.txt")"
call GET "/elections/$election"
expect 'b.candidates.length + " " + b.surplus.ratio' '46 12.2'
expect "b.candidates.some(c => c.member_id === '$first_member')" false
call GET "/elections/$election/nominations"
expect 'b.finalized' true
cli election lock "$election" >/dev/null
set +e
cli nomination add --election "$election" --member "$first_member" --source self 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "nomination after the lock: exit $rc, expected 2 (conflict)"
post "/elections/$election/finalize" ''
expect_error 409 conflict ''
post "/nominations/$floor/withdrawal" '{"reason": "late"}'
expect_error 409 conflict ''
call GET "/elections/$election/nominations"
expect 'b.locked + " " + b.can_finalize' 'true false'

echo "nomination_cli: ok"
