#!/usr/bin/env bash
# End to end: import organizations and congresses (CSV), then `daihoi plan check` and
# `daihoi progress` against them, comparing the whole output with what the contract requires
# (spec/CONTRACTS.md "Data", "Plan check"; R-WINDOWS, R-KIND, R-MAX-DAYS, R-ORDER-OF-LEVELS,
# R-UNSCHEDULED).
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/plan.db"

fail() {
  echo "FAIL (plan_progress): $*" >&2
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

cat >"$work/orgs.csv" <<'CSV'
code,name,level,parent_code,category,members
BADINH,Đảng bộ quận Ba Đình,district,,,
BADINH-QUANTHANH,Đảng bộ phường Quán Thánh,grassroots,BADINH,residential,
BADINH-QUANTHANH-CB1,Chi bộ khu dân cư số 1,cell,BADINH-QUANTHANH,residential,120
BADINH-QUANTHANH-CB2,Chi bộ khu dân cư số 2,cell,BADINH-QUANTHANH,residential,80
BADINH-TRUCBACH,Đảng bộ phường Trúc Bạch,grassroots,BADINH,residential,150
BADINH-KIMMA,Đảng bộ phường Kim Mã,grassroots,BADINH,residential,199
CSV

# Quán Thánh (200 members: a delegates' congress) is the pilot, held 10–11/04/2020.
# Trúc Bạch plans 3 days (max 2) and a delegates' congress with 150 members.
# Kim Mã has no date. The district opens 20/05, before Trúc Bạch ends.
cat >"$work/congresses.csv" <<'CSV'
org_code,term,ordinal,kind,pilot,planned_start,planned_end,held_start,held_end
BADINH,2020-2025,26,delegates,false,2020-05-20,2020-05-22,,
BADINH-QUANTHANH,2020-2025,5,delegates,true,2020-04-10,2020-04-11,2020-04-10,2020-04-11
BADINH-QUANTHANH-CB1,2020-2022,3,members,false,2020-02-10,2020-02-10,2020-02-10,2020-02-10
BADINH-QUANTHANH-CB2,2020-2022,3,members,false,12/02/2020,12/02/2020,,
BADINH-TRUCBACH,2020-2025,6,delegates,false,2020-05-20,2020-05-22,,
BADINH-KIMMA,2020-2025,7,members,false,,,,
CSV

cat >"$work/plan.json" <<'JSON'
{"root": "BADINH", "term": "2020-2025",
 "windows": {"cell": ["2020-01-01", "2020-03-31"], "grassroots": ["2020-04-01", "2020-06-30"],
             "district": ["2020-06-01", "2020-08-31"]},
 "pilots": ["BADINH-QUANTHANH"],
 "members_congress_below": 200,
 "max_days": {"grassroots": 2, "district": 3},
 "notice_working_days": 30}
JSON

run 0 "$work/out" import orgs "$work/orgs.csv"
run 0 "$work/out" import congresses "$work/congresses.csv"

# plan check --json: every violation, in tree order (siblings as the store orders them: Kim Mã,
# Quán Thánh, Trúc Bạch) then rule, exit 1.
run 1 "$work/violations.json" plan check "$work/plan.json" --json
cat >"$work/want.json" <<'JSON'
[
  {
    "rule": "R-ORDER-OF-LEVELS",
    "org": "BADINH",
    "message": "Đại hội từ 20/05/2020 đến 22/05/2020 bắt đầu trước khi đại hội của tổ chức cấp dưới BADINH-TRUCBACH kết thúc (22/05/2020)"
  },
  {
    "rule": "R-WINDOWS",
    "org": "BADINH",
    "message": "Đại hội từ 20/05/2020 đến 22/05/2020 nằm ngoài khung thời gian cấp huyện (01/06/2020 – 31/08/2020)"
  },
  {
    "rule": "R-UNSCHEDULED",
    "org": "BADINH-KIMMA",
    "message": "Đại hội nhiệm kỳ 2020-2025 chưa có ngày dự kiến"
  },
  {
    "rule": "R-KIND",
    "org": "BADINH-TRUCBACH",
    "message": "Tổ chức cơ sở có 150 đảng viên (ngưỡng 200) phải tổ chức đại hội đảng viên, kế hoạch ghi đại hội đại biểu"
  },
  {
    "rule": "R-MAX-DAYS",
    "org": "BADINH-TRUCBACH",
    "message": "Đại hội kéo dài 3 ngày (từ 20/05/2020 đến 22/05/2020), quá 2 ngày cho phép ở cấp cơ sở"
  }
]
JSON
same "$work/want.json" "$work/violations.json" "plan check --json differs"

# The same in text: one violation per line.
run 1 "$work/violations.txt" plan check "$work/plan.json"
cat >"$work/want.txt" <<'TXT'
R-ORDER-OF-LEVELS BADINH: Đại hội từ 20/05/2020 đến 22/05/2020 bắt đầu trước khi đại hội của tổ chức cấp dưới BADINH-TRUCBACH kết thúc (22/05/2020)
R-WINDOWS BADINH: Đại hội từ 20/05/2020 đến 22/05/2020 nằm ngoài khung thời gian cấp huyện (01/06/2020 – 31/08/2020)
R-UNSCHEDULED BADINH-KIMMA: Đại hội nhiệm kỳ 2020-2025 chưa có ngày dự kiến
R-KIND BADINH-TRUCBACH: Tổ chức cơ sở có 150 đảng viên (ngưỡng 200) phải tổ chức đại hội đảng viên, kế hoạch ghi đại hội đại biểu
R-MAX-DAYS BADINH-TRUCBACH: Đại hội kéo dài 3 ngày (từ 20/05/2020 đến 22/05/2020), quá 2 ngày cho phép ở cấp cơ sở
TXT
same "$work/want.txt" "$work/violations.txt" "plan check text differs"

# A plan for Quán Thánh's subtree alone breaks no rule: exit 0, nothing printed.
cat >"$work/clean.json" <<'JSON'
{"root": "BADINH-QUANTHANH", "term": "2020-2025",
 "windows": {"cell": ["2020-01-01", "2020-03-31"], "grassroots": ["2020-04-01", "2020-06-30"]},
 "members_congress_below": 200, "max_days": {"grassroots": 2}}
JSON
run 0 "$work/clean.out" plan check "$work/clean.json"
[ ! -s "$work/clean.out" ] || fail "a clean plan printed: $(cat "$work/clean.out")"
run 0 "$work/clean.out" plan check "$work/clean.json" --json
[ "$(tr -d ' \n' <"$work/clean.out")" = "[]" ] || fail "a clean plan's JSON is not []"

# progress --json as of 19/05/2020: held iff held_end <= as_of; overdue ⊂ scheduled.
run 0 "$work/progress.json" progress --root BADINH --as-of 2020-05-19 --json
cat >"$work/want.json" <<'JSON'
{
  "root": "BADINH",
  "as_of": "2020-05-19",
  "levels": [
    {
      "level": "grassroots",
      "total": 3,
      "held": 1,
      "scheduled": 1,
      "unscheduled": 1,
      "overdue": 0
    },
    {
      "level": "cell",
      "total": 2,
      "held": 1,
      "scheduled": 1,
      "unscheduled": 0,
      "overdue": 1
    }
  ],
  "children": [
    {
      "code": "BADINH-KIMMA",
      "name": "Đảng bộ phường Kim Mã",
      "levels": [
        {
          "level": "grassroots",
          "total": 1,
          "held": 0,
          "scheduled": 0,
          "unscheduled": 1,
          "overdue": 0
        }
      ]
    },
    {
      "code": "BADINH-QUANTHANH",
      "name": "Đảng bộ phường Quán Thánh",
      "levels": [
        {
          "level": "grassroots",
          "total": 1,
          "held": 1,
          "scheduled": 0,
          "unscheduled": 0,
          "overdue": 0
        },
        {
          "level": "cell",
          "total": 2,
          "held": 1,
          "scheduled": 1,
          "unscheduled": 0,
          "overdue": 1
        }
      ]
    },
    {
      "code": "BADINH-TRUCBACH",
      "name": "Đảng bộ phường Trúc Bạch",
      "levels": [
        {
          "level": "grassroots",
          "total": 1,
          "held": 0,
          "scheduled": 1,
          "unscheduled": 0,
          "overdue": 0
        }
      ]
    }
  ],
  "round_year": 2020,
  "overdue_list": [
    {
      "code": "BADINH-QUANTHANH-CB2",
      "name": "Chi bộ khu dân cư số 2",
      "level": "cell",
      "planned_start": "2020-02-12",
      "planned_end": "2020-02-12"
    }
  ],
  "at_risk": [
    {
      "code": "BADINH-TRUCBACH",
      "name": "Đảng bộ phường Trúc Bạch",
      "level": "grassroots",
      "planned_end": "2020-05-22",
      "parent_code": "BADINH",
      "parent_planned_start": "2020-05-20",
      "days_before_parent": -2
    }
  ]
}
JSON
same "$work/want.json" "$work/progress.json" "progress --json differs"

# The text table names each level in Vietnamese.
run 0 "$work/progress.txt" progress --root BADINH --as-of 2020-05-19
grep -qx "Cơ sở (grassroots): 1/3 đã tổ chức, 1 đã có lịch, 1 chưa có lịch, 0 quá hạn" \
  "$work/progress.txt" || fail "progress text lacks the grassroots row: $(cat "$work/progress.txt")"
grep -qx "Chi bộ (cell): 1/2 đã tổ chức, 1 đã có lịch, 0 chưa có lịch, 1 quá hạn" \
  "$work/progress.txt" || fail "progress text lacks the cell row"

# Bad input: exit 2 naming the field; nothing else printed on stdout.
run 2 "$work/out" progress --root HOANKIEM --as-of 2020-05-19
grep -q "HOANKIEM" "$work/err" || fail "unknown root not named: $(cat "$work/err")"
run 2 "$work/out" progress --root BADINH --as-of 2020-02-30
grep -q -- "--as-of" "$work/err" || fail "bad date not named"
echo '{"root": "HOANKIEM", "term": "2020-2025"}' >"$work/bad.json"
run 2 "$work/out" plan check "$work/bad.json"
grep -q "root" "$work/err" || fail "unknown plan root not named"
echo '{"root": "BADINH", "term": "2020-2025", "windows": {"cell": ["2020-01-01"]}}' >"$work/bad.json"
run 2 "$work/out" plan check "$work/bad.json"
grep -q "windows.cell" "$work/err" || fail "malformed window not named: $(cat "$work/err")"
[ ! -s "$work/out" ] || fail "a malformed plan printed on stdout"

echo "plan_progress: ok"
