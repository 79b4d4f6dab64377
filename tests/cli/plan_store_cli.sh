#!/usr/bin/env bash
# End to end: stored plans and congress records from the command line (docs/plans.md).
# `daihoi plan save` stores PLAN.json, `daihoi plan check --root --term` prints exactly what the
# file form prints (same exit code), `daihoi congress set` edits a record (date options, the
# chosen one written to the planned dates, venue, announcement, items) and answers with the
# plan's violations (R-ORDER-OF-LEVELS, R-NOTICE, R-CONTENT); bad input exits 2, writes nothing.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/plan.db"

fail() {
  echo "FAIL (plan_store_cli): $*" >&2
  exit 1
}

# run WANT_EXIT OUT_FILE ARGS...: runs daihoi, keeps stdout in OUT_FILE and stderr in $work/err.
run() {
  local want=$1 out=$2
  shift 2
  set +e
  "$bin" --db "$db" "$@" >"$out" 2>"$work/err"
  local got=$?
  set -e
  if [ "$got" -ne "$want" ]; then
    cat "$work/err" >&2
    fail "'daihoi $*' exited $got, expected $want"
  fi
}

same() {
  diff -u "$1" "$2" >&2 || fail "$3"
}

has() {
  grep -qF -- "$2" "$1" || fail "$3: '$2' not in $(cat "$1")"
}

cat >"$work/orgs.csv" <<'CSV'
code,name,level,parent_code,category,members
BADINH,Đảng bộ quận Ba Đình,district,,,
BADINH-QUANTHANH,Đảng bộ phường Quán Thánh,grassroots,BADINH,residential,250
BADINH-TRUCBACH,Đảng bộ phường Trúc Bạch,grassroots,BADINH,residential,150
CSV
cat >"$work/congresses.csv" <<'CSV'
org_code,term,ordinal,kind,pilot,planned_start,planned_end,held_start,held_end
BADINH,2020-2025,26,delegates,false,2020-06-14,2020-06-16,,
BADINH-QUANTHANH,2020-2025,5,delegates,true,2020-04-10,2020-04-11,2020-04-10,2020-04-11
BADINH-TRUCBACH,2020-2025,6,members,false,2020-05-20,2020-05-21,,
CSV
cat >"$work/plan.json" <<'JSON'
{"root": "BADINH", "term": "2020-2025",
 "windows": {"grassroots": ["2020-04-01", "2020-06-30"], "district": ["2020-06-01", "2020-08-31"]},
 "pilots": ["BADINH-QUANTHANH"],
 "members_congress_below": 200,
 "max_days": {"grassroots": 2, "district": 3},
 "notice_working_days": 30}
JSON
run 0 "$work/out" import orgs "$work/orgs.csv"
run 0 "$work/out" import congresses "$work/congresses.csv"

# Without a stored plan: exit 2 naming the term.
run 2 "$work/out" plan check --root BADINH --term 2020-2025
has "$work/err" "chưa có kế hoạch" "a missing plan is named"

run 0 "$work/out" plan save "$work/plan.json" --title "Kế hoạch 2020"
has "$work/out" "Đã lưu kế hoạch mới số 1" "plan save creates"
run 0 "$work/out" plan save "$work/plan.json" --title "Kế hoạch 2020"
has "$work/out" "Đã cập nhật kế hoạch số 1" "plan save again replaces"

# A clean plan: the stored form prints nothing and exits 0, like the file form.
run 0 "$work/stored.txt" plan check --root BADINH --term 2020-2025
[ ! -s "$work/stored.txt" ] || fail "a clean stored plan printed: $(cat "$work/stored.txt")"

# congress set: two options, the second chosen; the planned dates follow (export reads them).
run 0 "$work/set.txt" congress set --org BADINH --term 2020-2025 \
  --option 2020-06-14,2020-06-16 --option "2020-06-23,2020-06-25,dự phòng" --choose 2 \
  --venue "Hội trường Quận ủy" --announced 2020-05-04
has "$work/set.txt" "Đã lưu." "set saves"
has "$work/set.txt" "Phương án 2: 23/06/2020 – 25/06/2020 (đã chọn) — dự phòng" "the choice"
has "$work/set.txt" "Kế hoạch số 1: không có vi phạm." "no violation after the choice"
run 0 "$work/export.csv" export congresses --format csv --root BADINH
has "$work/export.csv" "BADINH,2020-2025,26,delegates,false,2020-06-23,2020-06-25,," "planned dates written"

# Trúc Bạch moved after the district: the district breaks R-ORDER-OF-LEVELS. The stored check
# prints the same lines as the file form, with the same exit code.
run 0 "$work/set.txt" congress set --org BADINH-TRUCBACH --term 2020-2025 --planned 2020-06-24,2020-06-25
has "$work/set.txt" "R-ORDER-OF-LEVELS BADINH:" "the edit answers with the violation"
run 1 "$work/stored.txt" plan check --root BADINH --term 2020-2025
run 1 "$work/file.txt" plan check "$work/plan.json"
same "$work/file.txt" "$work/stored.txt" "stored and file checks differ"
run 1 "$work/stored.json" plan check --root BADINH --term 2020-2025 --json
run 1 "$work/file.json" plan check "$work/plan.json" --json
same "$work/file.json" "$work/stored.json" "stored and file checks differ (--json)"
# The announcement recorded on the congress counts for R-NOTICE (the file form does not know it).
run 0 "$work/set.txt" congress set --org BADINH --term 2020-2025 --announced 2020-06-01
has "$work/set.txt" "R-NOTICE BADINH:" "the announcement is checked"

# congress show --json: the record, its status and the violations on it.
run 0 "$work/show.json" congress show --org BADINH --term 2020-2025 --json
has "$work/show.json" '"status": "scheduled"' "status"
has "$work/show.json" '"ordinal_roman": "XXVI"' "Roman numerals"
has "$work/show.json" '"venue": "Hội trường Quận ủy"' "venue"
run 0 "$work/show.txt" congress show --org BADINH-QUANTHANH --term 2020-2025
has "$work/show.txt" "Trạng thái: Đã tổ chức" "held status"

# plan show: parameters and congresses.
run 0 "$work/plan.txt" plan show --root BADINH --term 2020-2025
has "$work/plan.txt" "Đại hội đảng viên khi dưới 200 đảng viên (R-KIND)" "threshold"
has "$work/plan.txt" "BADINH-TRUCBACH — Đảng bộ phường Trúc Bạch (lần thứ VI): 24/06/2020 – 25/06/2020, Đã có lịch" "row"

# Bad input exits 2 and writes nothing.
run 2 "$work/out" congress set --org BADINH --term 2020-2025 --option 2020-06-25,2020-06-23
has "$work/err" "--option options[0].end" "an option ending before it starts"
run 2 "$work/out" congress set --org BADINH --term 2020-2025 --reduced true --items review,committee
has "$work/err" "R-CONTENT" "a reduced congress does not elect"
run 2 "$work/out" congress set --org XX --term 2020-2025 --venue x
run 2 "$work/out" congress set --org BADINH --term 2020-2025
run 2 "$work/out" plan check "$work/plan.json" --root BADINH --term 2020-2025
run 0 "$work/show.json" congress show --org BADINH --term 2020-2025 --json
has "$work/show.json" '"chosen": 1' "nothing written by the refused edits"

echo "plan_store_cli: ok"
