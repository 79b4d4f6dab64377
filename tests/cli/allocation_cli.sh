#!/usr/bin/env bash
# `daihoi allocation compute|compare|list|show` on the demo database (R-ALLOCATION,
# R-EX-OFFICIO): Ba Đình's 234 elected seats (275 delegates minus 41 ex officio) among its 56
# grassroots organizations under each method, the methods compared, saved, listed, shown and
# written as XLSX and PDF; bad input exits 2 naming the option and writes nothing.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/demo.db"

fail() { echo "FAIL (allocation_cli.sh): $*" >&2; exit 1; }
run() { "$bin" --db "$db" "$@"; }
# js FILE EXPR: EXPR with `b` bound to the JSON in FILE.
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
# expect_bad OPTION COMMAND...: exit 2 and OPTION named on stderr, nothing on stdout.
expect_bad() {
  local option=$1
  shift
  set +e
  run "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "'$*' exited $rc, expected 2: $(cat "$work/err")"
  grep -q -- "$option" "$work/err" || fail "'$*' does not name $option: $(cat "$work/err")"
  [ ! -s "$work/out" ] || fail "'$*' printed on stdout: $(head -c 300 "$work/out")"
}

run demo >/dev/null
common=(--org BADINH --seats 234 --minimum 1 --as-of 2020-05-01)

echo "allocation_cli: compute under each method"
for method in largest_remainder dhondt sainte_lague huntington_hill; do
  run allocation compute "${common[@]}" --method "$method" --json >"$work/$method.json"
  f="$work/$method.json"
  expect "$f" 'b.method' "$method"
  expect "$f" 'b.org_name' 'Đảng bộ quận Ba Đình'
  expect "$f" 'b.seats' 234
  expect "$f" 'b.as_of' 2020-05-01
  expect "$f" 'b.id === undefined' true
  expect "$f" 'b.units.length' 56
  expect "$f" 'b.units.reduce((s, u) => s + u.seats, 0)' 234
  expect "$f" 'b.units.every(u => u.seats >= 1)' true
  expect "$f" 'b.units.reduce((s, u) => s + u.members, 0) === b.members' true
  # Quotas are seats × members / all members, with two decimals.
  expect "$f" 'b.units.every(u => Math.abs(Number(u.quota) - 234 * u.members / b.members) <= 0.005 + 1e-9)' true
done
# The same allocation as text: one row per unit and the total.
run allocation compute "${common[@]}" >"$work/compute.txt"
grep -q '^Phân bổ đại biểu: Đảng bộ quận Ba Đình' "$work/compute.txt" || fail "text title"
grep -q 'Số dư lớn nhất (hạn ngạch Hare); 234 đại biểu được bầu; tối thiểu 1' "$work/compute.txt" ||
  fail "text method line: $(head -3 "$work/compute.txt")"
[ "$(grep -c ' BADINH-' "$work/compute.txt")" -eq 56 ] || fail "text rows: expected 56 units"
total=$(grep -E '^ +Cộng ' "$work/compute.txt" | awk '{print $NF}')
[ "$total" = 234 ] || fail "text total '$total', expected 234"
quanthanh=$(js "$work/largest_remainder.json" 'b.units.find(u => u.org_code === "BADINH-QUANTHANH").seats')
grep -E "BADINH-QUANTHANH .* ${quanthanh}\$" "$work/compute.txt" >/dev/null ||
  fail "text row of Quán Thánh does not end in $quanthanh seats"

echo "allocation_cli: compare the four methods"
run allocation compare "${common[@]}" --json >"$work/compare.json"
f="$work/compare.json"
expect "$f" 'b.methods.join(",")' 'largest_remainder,dhondt,sainte_lague,huntington_hill'
expect "$f" 'b.units.length' 56
for method in largest_remainder dhondt sainte_lague huntington_hill; do
  expect "$f" "b.units.reduce((s, u) => s + u.seats.$method, 0)" 234
  # Side by side, each method gives what compute gave.
  want=$(js "$work/$method.json" 'b.units.map(u => u.org_code + ":" + u.seats).join(",")')
  expect "$f" "b.units.map(u => u.org_code + \":\" + u.seats.$method).join(\",\")" "$want"
done
expect "$f" 'b.units.every(u => u.differs === (new Set(Object.values(u.seats)).size > 1))' true
# Without a minimum the methods disagree on some units; those are marked with * in the text.
run allocation compare --org BADINH --seats 234 --as-of 2020-05-01 --json >"$work/compare0.json"
differing=$(js "$work/compare0.json" 'b.units.filter(u => u.differs).length')
[ "$differing" -gt 0 ] || fail "no unit differs without a minimum"
run allocation compare --org BADINH --seats 234 --as-of 2020-05-01 >"$work/compare0.txt"
[ "$(grep -c '^\* ' "$work/compare0.txt")" -eq "$differing" ] || fail "marked rows != $differing"
grep -q "^$differing đơn vị có kết quả khác nhau" "$work/compare0.txt" || fail "compare summary"

echo "allocation_cli: the demo's saved allocation, save, list, show"
run allocation list --org BADINH --json >"$work/list0.json"
expect "$work/list0.json" 'b.total' 1
demo_id=$(js "$work/list0.json" 'b.items[0].id')
expect "$work/list0.json" 'b.items[0].term' 2020-2025
expect "$work/list0.json" 'b.items[0].method' largest_remainder
expect "$work/list0.json" 'b.items[0].seats' 234
run allocation show "$demo_id" --json >"$work/demo.json"
# The demo saved exactly what compute gives with its inputs.
want=$(js "$work/largest_remainder.json" 'JSON.stringify(b.units.map(u => [u.org_code, u.members, u.quota, u.seats]))')
expect "$work/demo.json" 'JSON.stringify(b.units.map(u => [u.org_code, u.members, u.quota, u.seats]))' "$want"

run allocation compute "${common[@]}" --method dhondt --term 2020-2025 --save --json >"$work/saved.json"
id=$(js "$work/saved.json" 'b.id')
[ "$id" -gt "$demo_id" ] || fail "saved id $id"
expect "$work/saved.json" 'b.term' 2020-2025
expect "$work/saved.json" 'b.created_at.length > 0' true
want=$(js "$work/dhondt.json" 'JSON.stringify(b.units.map(u => [u.org_code, u.seats]))')
expect "$work/saved.json" 'JSON.stringify(b.units.map(u => [u.org_code, u.seats]))' "$want"
run allocation list --org BADINH --json >"$work/list.json"
expect "$work/list.json" 'b.total' 2
expect "$work/list.json" 'b.items.map(a => a.id).join(",")' "$id,$demo_id"
expect "$work/list.json" 'b.items[0].method' dhondt
expect "$work/list.json" 'b.items[0].units' 56
run allocation list --org BADINH >"$work/list.txt"
grep -qE "^ *$id +2020-2025 +D'Hondt +234 +1 +01/05/2020 +56 " "$work/list.txt" ||
  fail "text list row of $id: $(cat "$work/list.txt")"
run allocation show "$id" --json >"$work/show.json"
expect "$work/show.json" 'JSON.stringify(b.units.map(u => [u.org_code, u.seats]))' "$want"
expect "$work/show.json" 'b.id' "$id"
run allocation show "$id" >"$work/show.txt"
grep -q "^Bảng phân bổ số $id " "$work/show.txt" || fail "text show header"
total=$(grep -E '^ +Cộng ' "$work/show.txt" | awk '{print $NF}')
[ "$total" = 234 ] || fail "show total '$total'"

echo "allocation_cli: files"
run allocation show "$id" --pdf "$work/phan-bo.pdf" --xlsx "$work/phan-bo.xlsx" >"$work/out"
grep -q "Đã ghi $work/phan-bo.pdf" "$work/out" || fail "pdf not reported"
[ "$(head -c 5 "$work/phan-bo.pdf")" = "%PDF-" ] || fail "not a PDF"
[ "$(head -c 2 "$work/phan-bo.xlsx")" = "PK" ] || fail "not an XLSX (zip)"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/phan-bo.pdf" - | tr -s ' \n' '  ' >"$work/pdf.txt"
  grep -q "PHÂN BỔ ĐẠI BIỂU ĐẠI HỘI ĐẢNG BỘ QUẬN BA ĐÌNH" "$work/pdf.txt" || fail "PDF title"
  grep -q "D'Hondt" "$work/pdf.txt" || fail "PDF method"
  grep -q "Đảng bộ phường Quán Thánh" "$work/pdf.txt" || fail "PDF unit rows"
fi
# The workbook's sheet: the header, 56 units and the total.
rows=$(python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode().count("<row "))' "$work/phan-bo.xlsx")
[ "$rows" -eq 58 ] || fail "XLSX has $rows rows, expected 58"

echo "allocation_cli: bad input"
expect_bad --seats allocation compute --org BADINH --seats abc
expect_bad --seats allocation compute --org BADINH --seats 0
expect_bad --seats allocation compute --org BADINH
expect_bad --minimum allocation compute --org BADINH --seats 234 --minimum -1
expect_bad --minimum allocation compute --org BADINH --seats 10 --minimum 1
expect_bad --method allocation compute --org BADINH --seats 234 --method lottery
expect_bad --as-of allocation compute --org BADINH --seats 234 --as-of 2020-13-01
expect_bad --org allocation compute --org NOPE --seats 234
expect_bad --org allocation compare --org NOPE --seats 234
expect_bad --term allocation compute --org BADINH --seats 234 --save
expect_bad --org allocation list --org NOPE
expect_bad ID allocation show 999999
expect_bad ID allocation show abc
expect_bad --pdf allocation show "$id" --pdf "$work/missing-dir/x.pdf"
[ ! -e "$work/missing-dir" ] || fail "a directory was created"
# Nothing was saved by the failed commands.
run allocation list --org BADINH --json >"$work/list2.json"
expect "$work/list2.json" 'b.total' 2

echo "allocation_cli.sh: all checks passed"
