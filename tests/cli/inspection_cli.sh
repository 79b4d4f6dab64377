#!/usr/bin/env bash
# `daihoi inspection …` as a new user would: Hà Nội's 2020 inspection from the demo (16 teams, 50
# units, 1–4 units each, 20/5–19/6/2020) assigned automatically, one unit moved by hand (and a
# move that breaks the plan refused), a finding recorded, the report printed as PDF, the schedule
# as XLSX and iCalendar; then a round made from nothing on Ba Đình, and bad input exiting 2
# with nothing written.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/demo.db"

fail() { echo "FAIL (inspection_cli.sh): $*" >&2; exit 1; }
run() { "$bin" --db "$db" "$@"; }
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
# expect_exit CODE TEXT COMMAND...: the exit code, and TEXT on stderr.
expect_exit() {
  local code=$1 text=$2
  shift 2
  set +e
  run "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  set -e
  [ "$rc" -eq "$code" ] || fail "'$*' exited $rc, expected $code: $(cat "$work/err")"
  grep -q -- "$text" "$work/err" || fail "'$*' does not say '$text': $(cat "$work/err")"
}

run demo >/dev/null
echo "inspection_cli: the demo's round, not yet assigned"
run inspection list --org HANOI --json >"$work/list.json"
expect "$work/list.json" 'b.length' 1
id=$(js "$work/list.json" 'b[0].id')
run inspection show "$id" --json >"$work/before.json"
f="$work/before.json"
expect "$f" 'b.teams.length' 16
expect "$f" 'b.units.length' 50
expect "$f" 'b.window_start + " " + b.window_end' '2020-05-20 2020-06-19'
expect "$f" 'b.teams.every(t => t.members.length >= 3 && t.members.length <= 6)' true
expect "$f" 'b.units.every(u => u.visit === null)' true
expect "$f" 'b.units.some(u => u.excluded_teams.length > 0)' true
# The same person on two teams.
expect "$f" 'b.teams[0].members.some(m => b.teams[8].members.some(n => n.full_name === m.full_name))' true

echo "inspection_cli: automatic assignment"
run inspection assign "$id" --json >"$work/assigned.json"
f="$work/assigned.json"
expect "$f" 'b.assigned_at !== null' true
expect "$f" 'b.problems.length' 0
expect "$f" 'b.units.every(u => u.visit !== null)' true
expect "$f" 'b.teams.every(t => t.units >= 1 && t.units <= 4)' true
expect "$f" 'b.teams.reduce((s, t) => s + t.units, 0)' 50
expect "$f" 'b.units.every(u => !u.excluded_teams.includes(u.visit.team_id))' true
expect "$f" 'b.units.every(u => u.visit.start >= "2020-05-20" && u.visit.end <= "2020-06-19")' true
expect "$f" 'b.units.every(u => ![0, 6].includes(new Date(u.visit.start + "T00:00:00Z").getUTCDay()))' true
# No team is in two places on one day.
expect "$f" 'b.teams.every(t => { const v = b.units.filter(u => u.visit.team_id === t.id).map(u => u.visit).sort((x, y) => x.start < y.start ? -1 : 1); return v.every((x, i) => i === 0 || v[i - 1].end < x.start); })' true
run inspection show "$id" >"$work/show.txt"
grep -q "Đoàn kiểm tra số 16" "$work/show.txt" || fail "show does not list the 16th team"

echo "inspection_cli: a move by hand, and a move refused"
unit=$(js "$f" 'b.units.find(u => true).org_code')
from_team=$(js "$f" "b.units.find(u => u.org_code === '$unit').visit.team_id")
to_team=$(js "$f" "b.teams.find(t => t.id !== $from_team && t.units < 4 && !b.units.find(u => u.org_code === '$unit').excluded_teams.includes(t.id)).id")
run inspection move "$id" --unit "$unit" --team "$to_team" --json >"$work/moved.json"
f="$work/moved.json"
expect "$f" "b.units.find(u => u.org_code === '$unit').visit.team_id" "$to_team"
expect "$f" "b.units.find(u => u.org_code === '$unit').visit.manual" true
expect "$f" "b.units.find(u => u.org_code === '$unit').fixed_team_id" "$to_team"
expect "$f" 'b.problems.length' 0
full_team=$(js "$f" 'b.teams.find(t => t.units === 4) ? b.teams.find(t => t.units === 4).id : ""')
if [ -n "$full_team" ]; then
  other=$(js "$f" "b.units.find(u => u.visit.team_id !== $full_team && !u.excluded_teams.includes($full_team)).org_code")
  expect_exit 1 "phải từ 1 đến 4" inspection move "$id" --unit "$other" --team "$full_team"
fi
expect_exit 2 "\-\-start" inspection move "$id" --unit "$unit" --start 2020-05-23
expect_exit 2 "\-\-unit" inspection move "$id" --unit NOPE --team "$to_team"
# Re-running the assignment keeps the unit with the team it was moved to.
run inspection assign "$id" --json >"$work/again.json"
expect "$work/again.json" "b.units.find(u => u.org_code === '$unit').visit.team_id" "$to_team"

echo "inspection_cli: findings and the report"
run inspection finding "$id" --unit "$unit" --strengths "Chuẩn bị văn kiện chu đáo" \
  --weaknesses "Chậm hoàn thiện hồ sơ nhân sự" --recommendations "Hoàn thành trước 30/6/2020" >/dev/null
expect_exit 2 "\-\-strengths" inspection finding "$id" --unit "$unit"
run inspection show "$id" --json >"$work/found.json"
expect "$work/found.json" "b.units.find(u => u.org_code === '$unit').finding.strengths" 'Chuẩn bị văn kiện chu đáo'
run inspection report "$id" --pdf "$work/report.pdf" --xlsx "$work/schedule.xlsx" --ics "$work/schedule.ics" >/dev/null
[ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] || fail "the report is not a PDF"
[ "$(head -c 2 "$work/schedule.xlsx")" = "PK" ] || fail "the schedule is not an XLSX"
grep -q "BEGIN:VCALENDAR" "$work/schedule.ics" || fail "the schedule is not iCalendar"
[ "$(grep -c "BEGIN:VEVENT" "$work/schedule.ics")" -eq 50 ] || fail "the calendar has not 50 visits"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/report.pdf" "$work/report.txt"
  grep -q "BÁO CÁO" "$work/report.txt" || fail "the report has no title"
  grep -q "Chậm hoàn thiện hồ sơ nhân sự" "$work/report.txt" || fail "the report lacks the finding"
fi

echo "inspection_cli: a round made from nothing, bad input"
expect_exit 2 "\-\-to" inspection create --org BADINH --term 2020-2025 --from 2020-05-20 --to 2020-05-01
expect_exit 2 "\-\-org" inspection create --org NOPE --term 2020-2025 --from 2020-05-20 --to 2020-06-19
run inspection create --org BADINH --term 2020-2025 --from 2020-05-20 --to 2020-07-31 --max 30 --json >"$work/new.json"
new=$(js "$work/new.json" 'b.id')
expect_exit 2 "\-\-member (thứ 2)" inspection team "$new" --member "Nguyễn Văn An@BADINH" --member "NO-SUCH-ID"
run inspection show "$new" --json >"$work/empty.json"
expect "$work/empty.json" 'b.teams.length' 0
run inspection team "$new" --member "Nguyễn Văn An@HANOI" --member "phó:Trần Thị Bình@BADINH" >/dev/null
run inspection team "$new" --name "Đoàn B" --member "Lê Văn Cường" >/dev/null
run inspection units "$new" --json >"$work/units.json"
expect "$work/units.json" 'b.units' 56
run inspection assign "$new" --json >"$work/new_assigned.json"
f="$work/new_assigned.json"
expect "$f" 'b.teams[0].members[1].role' deputy
expect "$f" 'b.teams.map(t => t.units).reduce((s, n) => s + n, 0)' 56
expect "$f" 'b.problems.length' 0
expect_exit 2 "BADINH-NOPE" inspection units "$new" BADINH-NOPE
run inspection units "$new" "$(js "$f" 'b.units[0].org_code'):3" >/dev/null
echo "inspection_cli: ok"
