#!/usr/bin/env bash
# Party building end to end on the demo database (docs/party-building.md): Ba Đình's admissions
# over the 2015–2020 term (1,164 against a target of 1,100), its grade shares for 2024, the
# communication work of the 2020 round (67 news items, 203 essays, a bulletin of 3,400 copies).
# Through the API as the district board, an observer (members' ratings are personal: 404) and
# with the reports; through the CLI: `rating import|list|shares`, `movement add|import|counts`,
# `admission target|progress`, `communication add|list|totals`, a bad import named by file, row
# and column with nothing written.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=party_building.sh
source "$(dirname "$0")/lib/api_harness.sh"

mkdir -p "$work/web"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
start_server
run() { "$bin" --db "$db" "$@"; }

echo "party_building: the district board reads its admissions, shares and communication"
api_login badinh.btc badinh-2020 || fail "sign-in as badinh.btc: HTTP $login_status"
call GET /building/BADINH/admissions
expect_status 200
expect_json_type
expect 'b.targets[0].org_code' BADINH
expect 'b.targets[0].target' 1100
expect 'b.targets[0].admitted' 1164
expect 'b.targets[0].reached' true
expect 'b.units.reduce((s, u) => s + u.admitted, 0)' 1164
expect 'b.years.map(y => y.year).join(",")' 2015,2016,2017,2018,2019,2020
call GET '/building/BADINH/rating-shares?year=2024'
expect_status 200
expect 'b.shares.find(s => s.kind === "organization").rated > 300' true
expect 'b.shares.find(s => s.kind === "organization").grades.map(g => g.grade).join(",")' excellent,good,fulfilled,unfulfilled
expect 'Math.round(b.shares.find(s => s.kind === "organization").grades.reduce((s, g) => s + g.percent, 0))' 100
expect 'b.shares.find(s => s.kind === "organization").cap.exceeded' false
call GET /building/BADINH/rating-shares
expect 'b.shares.find(s => s.kind === "organization" && s.year === 2021).cap.exceeded' true
expect 'b.shares.find(s => s.kind === "organization" && s.year === 2021).cap.warning.includes("20%")' true
call GET '/building/BADINH/communication/totals?from=2019-01-01&to=2020-12-31'
expect_status 200
expect 'b.totals.kinds.find(k => k.kind === "news").items' 67
expect 'b.totals.kinds.find(k => k.kind === "essay").items' 203
expect 'b.totals.kinds.find(k => k.kind === "bulletin").copies' 3400
expect 'b.totals.kinds.find(k => k.kind === "event").items' 14
expect 'b.units[0].org_code' BADINH
# Counts as of the allocation's date equal the stated ones (the movements were built for it).
call GET '/building/BADINH/member-counts?as_of=2020-05-01'
expect_status 200
expect 'b.rows[0].from_movements' true
call GET '/building/BADINH/ratings?year=2024&kind=member'
expect_status 200
expect 'b.items.length > 0' true
post /building/BADINH/communication '{"items": [{"org_code": "BADINH-KIMMA", "kind": "news", "on": "2020-05-20", "title": "Đại hội Đảng bộ phường Kim Mã", "link": "ftp://x"}]}'
expect_error 400 invalid_input 'items[0].link'

echo "party_building: an observer reads aggregates, never members' ratings, and writes nothing"
api_login hanoi.giamsat giamsat-2020 || fail "sign-in as observer: HTTP $login_status"
call GET '/building/BADINH/ratings?year=2024&kind=member'
expect_status 404
call GET '/building/BADINH/ratings?year=2024'
expect_status 200
expect 'b.items.every(r => r.kind === "organization")' true
call GET /building/BADINH/admissions
expect_status 200
post /building/BADINH/movements '{"items": [{"org_code": "BADINH-KIMMA", "kind": "admission", "on": "2020-05-20"}]}'
expect_status 403
call PUT /building/BADINH/admission-targets/2020-2025 -H 'Content-Type: application/json' --data '{"from": "2020-07-01", "to": "2025-06-30", "target": 1200}'
expect_status 403

echo "party_building: the reports"
api_login admin quantri-demo || fail "sign-in as admin"
call GET '/building/BADINH/reports/admissions.pdf?term=2015-2020'
expect_status 200
case $ctype in application/pdf*) ;; *) fail "admissions.pdf: content type $ctype" ;; esac
head -c 5 "$work/body" | grep -q '%PDF-' || fail "admissions.pdf is not a PDF"
call GET '/building/BADINH/reports/ratings.xlsx?year=2024'
expect_status 200
head -c 2 "$work/body" | grep -q 'PK' || fail "ratings.xlsx is not a workbook"
call GET '/building/BADINH/reports/communication.pdf?from=2019-12-01&to=2020-06-30'
expect_status 200
call GET '/building/BADINH/reports/nothing.pdf'
expect_status 400

echo "party_building: the command line"
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=""
cat >"$work/ratings.csv" <<'CSV'
Năm,Đối tượng,Mã tổ chức,Mã đảng viên,Xếp loại
2025,tổ chức đảng,BADINH-KIMMA,,Hoàn thành tốt nhiệm vụ
2025,tổ chức đảng,BADINH-NOPE,,HTTNV
2025,đảng viên,BADINH-KIMMA,,hoàn thành
2025,tổ chức đảng,BADINH-GIANGVO,,xuất sắc
CSV
if run rating import "$work/ratings.csv" >"$work/out" 2>"$work/err"; then fail "a bad ratings file was imported"; fi
grep -q "ratings.csv, row 3, column org_code" "$work/err" || fail "unknown organization not named: $(cat "$work/err")"
grep -q "ratings.csv, row 4, column member_id" "$work/err" || fail "missing member id not named: $(cat "$work/err")"
grep -q "ratings.csv, row 5, column grade" "$work/err" || fail "unknown grade not named: $(cat "$work/err")"
run rating list --root BADINH --year 2025 >"$work/out"
grep -q "^0 xếp loại" "$work/out" || fail "a bad file wrote ratings: $(cat "$work/out")"
cat >"$work/ratings.csv" <<'CSV'
Năm,Mã tổ chức,Xếp loại
2025,BADINH-KIMMA,Hoàn thành xuất sắc nhiệm vụ
2025,BADINH-GIANGVO,HTTNV
CSV
run rating import "$work/ratings.csv" >"$work/out"
grep -q "Đã nhập 2 xếp loại" "$work/out" || fail "ratings not imported: $(cat "$work/out")"
run rating shares --root BADINH --year 2025 >"$work/out"
grep -q "Cảnh báo" "$work/out" || fail "1 excellent of 2: the cap warning is missing: $(cat "$work/out")"
run rating shares --root BADINH --year 2025 --cap 50 >"$work/out"
if grep -q "Cảnh báo" "$work/out"; then fail "a 50% cap still warns"; fi

cat >"$work/movements.csv" <<'CSV'
Mã tổ chức,Loại,Ngày,Số lượng
BADINH-KIMMA-KDC01,Kết nạp,2021-03-02,2
BADINH-KIMMA-KDC01,Nghỉ hưu,2021-03-02,1
BADINH-KIMMA-KDC01,Chuyển đi,31/02/2021,1
CSV
if run movement import "$work/movements.csv" >"$work/out" 2>"$work/err"; then fail "a bad movements file was imported"; fi
grep -q "movements.csv, row 3, column kind" "$work/err" || fail "bad kind not named: $(cat "$work/err")"
grep -q "movements.csv, row 4, column on" "$work/err" || fail "bad date not named: $(cat "$work/err")"
run --json movement counts --root BADINH-KIMMA-KDC01 --as-of 2021-03-01 >"$work/before.json"
sed -i '3,4d' "$work/movements.csv"
run movement import "$work/movements.csv" >"$work/out"
grep -q "Đã nhập 1 biến động" "$work/out" || fail "movement not imported: $(cat "$work/out")"
run movement add --org BADINH-KIMMA-KDC01 --kind "từ trần" --on 2021-04-01 >"$work/out"
run --json movement counts --root BADINH-KIMMA-KDC01 --as-of 2021-05-01 >"$work/after.json"
before=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).rows[0].members)' "$work/before.json")
after=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).rows[0].members)' "$work/after.json")
[ "$after" = $((before + 1)) ] || fail "counts: $before then $after, expected +2 −1"

run admission target --org BADINH --term 2020-2025 --from 2020-07-01 --to 2025-06-30 --target 1200 >"$work/out"
run admission progress --root BADINH --term 2020-2025 >"$work/out"
grep -q "kết nạp 2/1200" "$work/out" || fail "progress of 2020-2025: $(cat "$work/out")"
run admission progress --root BADINH --term 2015-2020 --pdf "$work/admissions.pdf" --xlsx "$work/admissions.xlsx" >"$work/out"
grep -q "1164/1100" "$work/out" || fail "progress of 2015-2020: $(cat "$work/out")"
head -c 5 "$work/admissions.pdf" | grep -q '%PDF-' || fail "no PDF written"
[ -s "$work/admissions.xlsx" ] || fail "no XLSX written"

run communication add --org BADINH-KIMMA --kind bulletin --on 2020-06-01 --title "Bản tin Đại hội phường Kim Mã" --copies 500 >"$work/out"
if run communication add --org BADINH-KIMMA --kind news --on 2020-06-01 --title "Tin" --copies 5 >"$work/out" 2>"$work/err"; then
  fail "copies on a news item were accepted"
fi
grep -q "copies" "$work/err" || fail "copies not named: $(cat "$work/err")"
run --json communication totals --root BADINH --from 2019-01-01 --to 2020-12-31 >"$work/body"
expect 'b.totals.kinds.find(k => k.kind === "bulletin").copies' 3900
run communication list --root BADINH-KIMMA --kind bulletin >"$work/out"
grep -q "Bản tin Đại hội phường Kim Mã" "$work/out" || fail "list: $(cat "$work/out")"
run communication totals --root BADINH --pdf "$work/communication.pdf" --xlsx "$work/communication.xlsx" >"$work/out"
head -c 5 "$work/communication.pdf" | grep -q '%PDF-' || fail "no communication PDF"
run audit list >"$work/audit" 2>&1 || true
grep -q "rating.record" "$work/audit" || fail "no audit record of the rating import"
echo "party_building: ok"
