#!/usr/bin/env bash
# The delegates' allocation routes end to end (R-ALLOCATION): a demo SQLite database,
# `daihoi serve` on a free port, Ba Đình's 234 elected seats (275 minus 41 ex officio) compared
# across the four methods, saved, listed, read back and exported as XLSX and PDF.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=delegates_api.sh
source "$(dirname "$0")/lib/api_harness.sh"

mkdir -p "$work/web"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
start_server

request='{"term": "2025-2030", "seats": 234, "minimum": 1, "as_of": "2025-03-01"}'

echo "delegates_api: compare the four methods"
post /organizations/BADINH/allocations/compare "$request"
expect_status 200
expect 'b.methods.join(",")' 'largest_remainder,dhondt,sainte_lague,huntington_hill'
expect 'b.units.length' 56
expect 'b.method === undefined && b.id === undefined' true
for m in largest_remainder dhondt sainte_lague huntington_hill; do
  expect "b.units.reduce((s, u) => s + u.seats.$m, 0)" 234
  expect "b.units.every(u => u.seats.$m >= 1)" true
done
expect 'b.units.reduce((s, u) => s + u.members, 0) === b.members' true
expect 'b.units.every(u => ["registry", "stated", "mixed"].includes(u.member_source))' true
# A unit is marked exactly when the methods disagree on it.
expect 'b.units.every(u => u.differs === (new Set(Object.values(u.seats)).size > 1))' true
# With a minimum of 1 and many small units, Ba Đình's demo gives the same seats under every
# method; without a minimum Huntington–Hill still gives every unit a seat and the others do not.
post /organizations/BADINH/allocations/compare '{"seats": 234, "minimum": 0, "as_of": "2025-03-01"}'
expect_status 200
expect 'b.units.some(u => u.differs)' true
expect 'b.units.every(u => u.seats.huntington_hill >= 1)' true
expect 'b.units.some(u => u.seats.dhondt === 0)' true
expect 'b.units.every(u => u.differs === (new Set(Object.values(u.seats)).size > 1))' true
# Quotas are seats × members / all members, shown with two decimals.
expect 'b.units.every(u => Math.abs(Number(u.quota) - 234 * u.members / b.members) <= 0.005 + 1e-9)' true

echo "delegates_api: save, list, read back"
post /organizations/BADINH/allocations "$request"
expect_status 201
expect 'b.id > 0' true
expect 'b.method' largest_remainder
expect 'b.org_name' 'Đảng bộ quận Ba Đình'
expect 'b.units.reduce((s, u) => s + u.seats, 0)' 234
expect 'b.units.every(u => u.seats >= 1)' true
# Units below the minimum are set aside at it; the seats they take come out of the others'
# shares, so no other unit gets more than its quota rounded up.
expect 'b.units.filter(u => u.set_aside).every(u => u.seats === 1 && Number(u.quota) < 1)' true
expect 'b.units.some(u => u.set_aside)' true
expect 'b.units.every(u => u.set_aside || u.seats <= Math.ceil(Number(u.quota) + 0.005))' true
id=$(js 'b.id')
saved=$(js 'JSON.stringify(b.units.map(u => [u.org_code, u.members, u.quota, u.remainder, u.seats]))')
post /organizations/BADINH/allocations '{"term": "2025-2030", "seats": 234, "minimum": 1, "method": "dhondt", "as_of": "2025-03-01"}'
expect_status 201
second=$(js 'b.id')
call GET /organizations/BADINH/allocations
expect_status 200
# The demo saved one for 2020-2025 before these two.
expect 'b.total' 3
expect 'b.items.slice(0, 2).map(a => a.id).join(",")' "$second,$id"
expect 'b.items[2].term' 2020-2025
expect 'b.items[1].method' largest_remainder
expect 'b.items[1].units' 56
call GET "/allocations/$id"
expect_status 200
expect 'JSON.stringify(b.units.map(u => [u.org_code, u.members, u.quota, u.remainder, u.seats]))' "$saved"
expect 'b.as_of' 2025-03-01
expect 'Array.isArray(b.ties)' true

echo "delegates_api: exports"
call GET "/allocations/$id.xlsx"
expect_status 200
case $ctype in application/vnd.openxmlformats-officedocument.spreadsheetml.sheet*) ;; *) fail "xlsx content type $ctype" ;; esac
[ "$(head -c 2 "$work/body")" = "PK" ] || fail "the XLSX export is not a zip"
call GET "/allocations/$id.pdf"
expect_status 200
case $ctype in application/pdf*) ;; *) fail "pdf content type $ctype" ;; esac
[ "$(head -c 5 "$work/body")" = "%PDF-" ] || fail "the PDF export is not a PDF"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/body" "$work/list.txt"
  grep -q 'PHÂN BỔ ĐẠI BIỂU ĐẠI HỘI ĐẢNG BỘ QUẬN BA ĐÌNH' "$work/list.txt" || fail "PDF title missing"
  grep -q 'Đảng bộ phường Quán Thánh' "$work/list.txt" || fail "PDF unit row missing"
fi

echo "delegates_api: errors"
post /organizations/NOPE/allocations "$request"
expect_error 404 not_found code
post /organizations/BADINH/allocations '{"seats": 234}'
expect_error 400 invalid_input term
post /organizations/BADINH/allocations/compare '{"seats": 0}'
expect_error 400 invalid_input seats
# 56 units with a minimum of 1 cannot share 10 seats.
post /organizations/BADINH/allocations/compare '{"seats": 10, "minimum": 1}'
expect_error 400 invalid_input units
post /organizations/BADINH/allocations/compare '{"seats": 234, "method": "lottery"}'
expect_error 400 invalid_input method
post /organizations/BADINH/allocations/compare '{"seats": 234, "units": [{"org_code": "HANOI", "minimum": 2}]}'
expect_error 400 invalid_input units.HANOI.minimum
post /organizations/BADINH/allocations/compare 'not json'
expect_error 400 invalid_input body
call GET /allocations/999999
expect_error 404 not_found id
call GET /allocations/999999.pdf
expect_error 404 not_found id
call GET /organizations/BADINH/allocations
expect 'b.total' 3

echo "delegates_api.sh: all checks passed"
