#!/usr/bin/env bash
# Results carried upward end to end (docs/results.md) on the demo: Quán Thánh's committee
# election (3 seats, 4 candidates) is created, its list locked, the ballots entered by two
# clerks and the round closed; `result apply` fills the committee (R-RANK order); its delegates
# election (2 officials, 2 alternates) is applied to Ba Đình's congress roll (R-DELEGATES);
# approval is refused before the congress opened, recorded once, refused twice (R-APPROVAL);
# an election with an open round is not applied; `result stats` rolls the committee up.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/demo.db"

fail() { echo "FAIL (result_cli.sh): $*" >&2; exit 1; }
at() { "$bin" --db "$db" "$@"; }
js() {
  node -e '
    const b = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const v = eval(process.argv[2]);
    console.log(typeof v === "object" ? JSON.stringify(v) : String(v));
  ' "$1" "$2" || fail "$1 is not JSON: $(head -c 300 "$1")"
}
expect() {  # expect FILE EXPR VALUE
  local got
  got=$(js "$1" "$2")
  [ "$got" = "$3" ] || fail "$2 is '$got', expected '$3' ($1)"
}
# expect_exit CODE TEXT ARGS...: the exit code, and TEXT on stderr.
expect_exit() {
  local code=$1 text=$2
  shift 2
  set +e
  at "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  set -e
  [ "$rc" -eq "$code" ] || fail "'$*' exited $rc, expected $code: $(cat "$work/err")"
  grep -q -- "$text" "$work/err" || fail "'$*' does not say '$text': $(cat "$work/err")"
}
# count ELECTION BALLOTS CONVENED: lock, two clerks enter the same ballots, close round 1.
count() {
  at election lock "$1" >/dev/null
  at election show "$1" --json >"$work/e.json"
  local round
  round=$(js "$work/e.json" 'b.rounds[0].id')
  printf "$2" >"$work/ballots.txt"
  at count enter "$round" --clerk 'Bàn 1' "$work/ballots.txt" >/dev/null
  at count enter "$round" --clerk 'Bàn 2' "$work/ballots.txt" >/dev/null
  at count close "$round" --convened "$3" >/dev/null
}

at demo >/dev/null

echo "result_cli: the committee election"
at election create --congress BADINH-QUANTHANH --term 2020-2025 --kind committee --seats 3 \
  --title 'Bầu Ban Chấp hành Đảng bộ phường Quán Thánh' --committee 'Nguyễn Văn Trưởng' \
  --json >"$work/c.json"
committee=$(js "$work/c.json" 'b.id')
printf 'STT,Họ và tên,Ngày sinh,Giới tính\n1,Nguyễn Thị Lan,01/09/1988,nữ\n2,Trần Văn Hùng,20/01/1965,nam\n3,Lê Văn Minh,14/06/1975,nam\n4,Phạm Văn Tư,01/01/1980,nam\n' >"$work/c.csv"
at election candidates "$committee" "$work/c.csv" >/dev/null
# Not counted yet: nothing to apply.
expect_exit 2 'chưa có lần bầu nào kết thúc' result apply --election "$committee"
at election lock "$committee" >/dev/null
at election show "$committee" --json >"$work/e.json"
# Ballot order (R-ORDER): Hùng, Lan, Minh, Tư. Strike one name per ballot: Tư 3 times, Minh once,
# Hùng once → Lan 5, Hùng 4, Minh 4, Tư 2 of 5 convened (3 needed).
order=$(js "$work/e.json" 'b.candidates.map(c => c.full_name).join("|")')
[ "$order" = 'Trần Văn Hùng|Nguyễn Thị Lan|Lê Văn Minh|Phạm Văn Tư' ] || fail "ballot order: $order"
round=$(js "$work/e.json" 'b.rounds[0].id')
printf '1: 4\n2: 4\n3: 4\n4: 3\n5: 1\n' >"$work/ballots.txt"
at count enter "$round" --clerk 'Bàn 1' "$work/ballots.txt" >/dev/null
# One clerk only: the round is open, nothing is applied.
expect_exit 2 'chưa kết thúc' result apply --election "$committee"
at count enter "$round" --clerk 'Bàn 2' "$work/ballots.txt" >/dev/null
at count close "$round" --convened 5 >/dev/null

at result apply --election "$committee" --json >"$work/apply.json"
expect "$work/apply.json" 'b.body' committee
expect "$work/apply.json" 'b.elected.map(p => p.rank + ":" + p.full_name + ":" + p.votes).join("|")' \
  '1:Nguyễn Thị Lan:5|2:Trần Văn Hùng:4|3:Lê Văn Minh:4'
# Again: the same state.
at result apply --election "$committee" >"$work/out"
grep -q 'Ban Chấp hành' "$work/out" || fail "apply text: $(cat "$work/out")"

echo "result_cli: the delegation to Ba Đình's congress"
at election create --congress BADINH-QUANTHANH --term 2020-2025 --kind delegates --seats 2 \
  --alternates 2 --title 'Bầu đoàn đại biểu dự Đại hội Đảng bộ quận Ba Đình' \
  --committee 'Nguyễn Văn Trưởng' --json >"$work/d.json"
delegates=$(js "$work/d.json" 'b.id')
printf 'STT,Họ và tên,Ngày sinh,Giới tính\n1,Võ Văn An,01/02/1970,nam\n2,Đặng Thị Bình,03/04/1980,nữ\n3,Hồ Văn Cường,05/06/1975,nam\n4,Lý Văn Dũng,07/08/1985,nam\n5,Mai Văn Em,09/10/1990,nam\n' >"$work/d.csv"
at election candidates "$delegates" "$work/d.csv" >/dev/null
# Ballot order: An, Bình, Cường, Dũng, Em. Votes An 5, Bình 5, Cường 4, Dũng 4, Em 2 of 5
# convened: officials An and Bình, alternates Cường and Dũng (equal votes that fit: ballot order).
count "$delegates" '1: 5\n2: 5\n3: 5\n4: 4\n5: 3\n' 5
at result apply --election "$delegates" --json >"$work/apply.json"
expect "$work/apply.json" 'b.parent_code' BADINH
expect "$work/apply.json" 'b.elected.map(p => p.capacity + p.rank + ":" + p.full_name).join("|")' \
  'official1:Võ Văn An|official2:Đặng Thị Bình|alternate1:Hồ Văn Cường|alternate2:Lý Văn Dũng'

echo "result_cli: show and approve"
at result show --congress BADINH-QUANTHANH --term 2020-2025 --json >"$work/show.json"
expect "$work/show.json" 'b.status' provisional
expect "$work/show.json" 'b.bodies[0].body + ":" + b.bodies[0].members.length' 'committee:3'
expect "$work/show.json" 'b.delegation.map(d => d.role + d.rank + ":" + d.full_name).join("|")' \
  'official1:Võ Văn An|official2:Đặng Thị Bình|alternate1:Hồ Văn Cường|alternate2:Lý Văn Dũng'
expect "$work/show.json" 'b.elections.map(e => e.applied).join(",")' 'true,true'
expect "$work/show.json" 'b.committee_stats.size + "/" + b.committee_stats.women' '3/1'
expect "$work/show.json" 'b.as_of' '2020-04-23'
at result show --congress BADINH-QUANTHANH --term 2020-2025 >"$work/out"
grep -q 'Chưa chuẩn y' "$work/out" || fail "show text: $(cat "$work/out")"

# R-APPROVAL: the parent approves, not before the congress opened, once.
expect_exit 2 'date' result approve --congress BADINH-QUANTHANH --term 2020-2025 \
  --decision '245-QĐ/QU' --date 2020-04-01
expect_exit 2 'approved_by' result approve --congress BADINH-QUANTHANH --term 2020-2025 \
  --decision '245-QĐ/QU' --date 2020-05-10 --by HANOI
expect_exit 2 'term' result approve --congress BADINH-QUANTHANH --term 2030-2035 \
  --decision '245-QĐ/QU' --date 2020-05-10
expect_exit 1 'R-APPROVAL' result approve --congress HANOI --term 2020-2025 \
  --decision '1-QĐ/TW' --date 2020-11-10
at result approve --congress BADINH-QUANTHANH --term 2020-2025 \
  --decision 'Quyết định số 245-QĐ/QU' --date 2020-05-10 --json >"$work/approval.json"
expect "$work/approval.json" 'b.approved_by' BADINH
expect_exit 2 'approved already' result approve --congress BADINH-QUANTHANH --term 2020-2025 \
  --decision 'Quyết định số 300-QĐ/QU' --date 2020-05-12
at result show --congress BADINH-QUANTHANH --term 2020-2025 --json >"$work/show.json"
expect "$work/show.json" 'b.status + " " + b.approval.decision' 'approved Quyết định số 245-QĐ/QU'

echo "result_cli: statistics over Ba Đình"
at result stats --root BADINH --term 2020-2025 --json >"$work/stats.json"
expect "$work/stats.json" 'b.levels.filter(l => l.with_committee > 0).map(l => l.level + ":" + l.with_committee + ":" + l.size).join("|")' \
  'grassroots:1:3'
expect "$work/stats.json" 'b.levels[0].level' district
# Ages on Quán Thánh's opening (2020-04-23): Lan 31, Minh 44, Hùng 55.
expect "$work/stats.json" 'b.total.size + " " + b.total.under_40 + " " + b.total.from_40_to_50 + " " + b.total.over_50' '3 1 1 1'
expect "$work/stats.json" 'b.total.history_unknown' 3
at result stats --root BADINH --term 2020-2025 >"$work/out"
grep -q 'Cơ cấu cấp ủy' "$work/out" || fail "stats text: $(cat "$work/out")"
expect_exit 2 'NOPE' result stats --root NOPE --term 2020-2025

echo "result_cli: ok"
