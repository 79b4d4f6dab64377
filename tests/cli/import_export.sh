#!/usr/bin/env bash
# Import and export end to end against a real SQLite file (CONTRACTS.md "Data"): English and
# Vietnamese headers, BOM, ';' delimiter, DD/MM/YYYY dates, TCVN3 text, a file with an error
# that writes nothing, XLSX re-import, and export → import → export round trips.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}
data="$(cd "$(dirname "$0")/../data" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/test.db"

fail() { echo "FAIL: $*" >&2; exit 1; }
run() { "$bin" --db "$db" "$@"; }
expect_out() {  # expect_out TEXT COMMAND...: exit 0 and TEXT in stdout
  local want=$1
  shift
  local out
  out=$("$@") || fail "'$*' exited $?"
  [[ "$out" == *"$want"* ]] || fail "'$*' printed '$out', expected '$want'"
}

# 1. Imports: English headers; Vietnamese headers with BOM, CRLF and ';'; DD/MM/YYYY dates.
expect_out "Đã nhập 4 tổ chức (4 mới, 0 cập nhật)" run import orgs "$data/orgs.csv"
expect_out "Đã nhập 3 tổ chức (3 mới, 0 cập nhật)" run import orgs "$data/orgs_vi.csv"
expect_out "Đã nhập 4 đảng viên (4 mới, 0 cập nhật)" run import members "$data/members.csv"
expect_out "Đã nhập 2 đảng viên (2 mới, 0 cập nhật)" run import members "$data/members_tcvn3.csv"
expect_out "Đã nhập 4 đại hội (4 mới, 0 cập nhật)" run import congresses "$data/congresses.csv"
expect_out "Đã nhập 4 tổ chức (0 mới, 4 cập nhật)" run import orgs "$data/orgs.csv"

run export orgs --format csv >"$work/orgs.csv"
run export members --format csv >"$work/members.csv"
run export congresses --format csv >"$work/congresses.csv"
[ "$(head -1 "$work/orgs.csv")" = "code,name,level,parent_code,category,members" ] ||
  fail "orgs CSV header: $(head -1 "$work/orgs.csv")"
grep -qx 'XAZ-THON1,Chi bộ thôn Phú An,cell,XAZ,residential,35' "$work/orgs.csv" ||
  fail "Vietnamese-header row not imported as expected"
grep -qx 'XAZ-THON2,"Chi bộ thôn ""Phú Bình""",cell,XAZ,residential,28' "$work/orgs.csv" ||
  fail "quoted name not round-tripped"
grep -qx 'DV-0001,Nguyễn Văn An,male,1975-03-02,2000-05-19,2001-05-19,XAZ-THON1,full' \
  "$work/members.csv" || fail "DD/MM/YYYY dates or Vietnamese words not read"
grep -qx 'DV-0002,Trần Thị Bình,female,1990-01-15,2019-12-01,,XAZ-THON1,probationary' \
  "$work/members.csv" || fail "probationary member not read"
grep -q '^DV-0005,Trần Thị Bình,female,' "$work/members.csv" || fail "TCVN3 name not converted"
grep -q '^DV-0006,Phạm Hoàng Long,male,' "$work/members.csv" || fail "TCVN3 name not converted"
grep -qx 'XAZ,2020-2025,21,delegates,true,2020-05-06,2020-05-07,2020-05-06,2020-05-07' \
  "$work/congresses.csv" || fail "Roman ordinal / có / đại biểu not read"
[ "$(wc -l <"$work/orgs.csv")" -eq 8 ] || fail "expected 7 organizations"

# 2. A file with an unknown parent on row 4: exit 2, file/row/column named, nothing written.
set +e
run import orgs "$data/orgs_bad_parent.csv" >"$work/out" 2>"$work/err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "bad file exited $rc, expected 2"
grep -q "orgs_bad_parent.csv, row 4, column parent_code: .*KHONGCO" "$work/err" ||
  fail "error does not name file, row 4 and column: $(cat "$work/err")"
run export orgs --format csv | cmp -s - "$work/orgs.csv" || fail "database changed by a bad file"
grep -q "XAZ-THON3" <(run export orgs --format csv) && fail "row 2 of the bad file was written"

# A bad date and a wrong type are reported too, each on its own line.
printf 'id,full_name,org_code,birth_date\nDV-9,Ngô Văn Bảy,XAZ-THON1,31/02/1980\n' >"$work/bad.csv"
set +e
run import members "$work/bad.csv" 2>"$work/err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "bad date exited $rc"
grep -q "bad.csv, row 2, column birth_date:" "$work/err" || fail "bad date not located"

# 3. Round trips: every kind through CSV and XLSX comes back unchanged.
for kind in orgs members congresses; do
  for format in csv xlsx; do
    run export "$kind" --format "$format" >"$work/rt.$format"
    run import "$kind" "$work/rt.$format" >/dev/null
    run export "$kind" --format csv | cmp -s - "$work/$kind.csv" ||
      fail "$kind changed after a $format round trip"
  done
done
# The XLSX exports load a fresh database to the same content.
fresh="sqlite:$work/fresh.db"
for kind in orgs members congresses; do
  run export "$kind" --format xlsx >"$work/$kind.xlsx"
  head -c 4 "$work/$kind.xlsx" | od -An -c | grep -q "P   K 003 004" || fail "$kind.xlsx is not a zip"
  "$bin" --db "$fresh" import "$kind" "$work/$kind.xlsx" >/dev/null
  "$bin" --db "$fresh" export "$kind" --format csv | cmp -s - "$work/$kind.csv" ||
    fail "$kind differs after XLSX import into a fresh database"
done
# JSON: an array of objects keyed by the English column names.
run export members --format json >"$work/members.json"
grep -q '"full_name":"Nguyễn Văn An"' "$work/members.json" || fail "JSON export"
if command -v python3 >/dev/null; then
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==6 and "org_code" in d[0]' \
    "$work/members.json" || fail "JSON export is not an array of 6 members"
fi

# 4. --root limits the subtree; an unknown root exits 2 with nothing on stdout.
[ "$(run export orgs --root XAZ | wc -l)" -eq 5 ] || fail "--root XAZ should give 4 rows + header"
set +e
run export orgs --root KHONGCO >"$work/out" 2>"$work/err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown root exited $rc"
[ ! -s "$work/out" ] || fail "unknown root printed on stdout"

# 5. The demo data set: loading twice changes nothing; Ba Đình shows 48 of 56 held on 19/5/2020.
demo="sqlite:$work/demo.db"
"$bin" --db "$demo" demo >/dev/null
"$bin" --db "$demo" export orgs >"$work/demo1.csv"
"$bin" --db "$demo" demo >/dev/null
"$bin" --db "$demo" export orgs | cmp -s - "$work/demo1.csv" || fail "demo is not idempotent"
progress=$("$bin" --db "$demo" progress --root BADINH --as-of 2020-05-19 --json | tr -d ' \n')
[[ "$progress" == *'"level":"grassroots","total":56,"held":48,"scheduled":8'* ]] ||
  fail "demo progress: $progress"
[ "$("$bin" --db "$demo" export members --root KHUETRUNG | wc -l)" -eq 994 ] ||
  fail "Khuê Trung should have 993 members"
echo "import_export.sh: ok"
