#!/usr/bin/env bash
# The progress report and forecast end to end (docs/progress.md): on the demo data set, Ba Đình
# as of 19/05/2020 (48/56 grassroots congresses held). `daihoi progress --pdf/--xlsx/--ics` write
# their files without changing stdout; `--forecast` (with and without a plan); the API's
# /progress.pdf and /progress/forecast (GET and POST with a plan); bad input names its field and
# writes nothing.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=progress_report.sh
source "$(dirname "$0")/lib/api_harness.sh"

run() {  # run WANT_EXIT OUT ARGS...: stdout to OUT, stderr to $work/err
  local want=$1 out=$2
  shift 2
  local rc=0
  "$bin" --db "$db" "$@" >"$out" 2>"$work/err" || rc=$?
  [ "$rc" = "$want" ] || fail "daihoi $*: exit $rc, expected $want; stderr: $(cat "$work/err")"
}

echo "progress_report: the files leave stdout as it was"
run 0 "$work/plain.txt" progress --root BADINH --as-of 2020-05-19
run 0 "$work/plain.json" progress --root BADINH --as-of 2020-05-19 --json
run 0 "$work/with_files.txt" progress --root BADINH --as-of 2020-05-19 \
  --pdf "$work/report.pdf" --xlsx "$work/report.xlsx" --ics "$work/round.ics" --place "Hà Nội"
run 0 "$work/with_files.json" progress --root BADINH --as-of 2020-05-19 --json --pdf "$work/r2.pdf"
cmp -s "$work/plain.txt" "$work/with_files.txt" || fail "--pdf/--xlsx/--ics changed the text output"
cmp -s "$work/plain.json" "$work/with_files.json" || fail "--pdf changed the JSON output"
[ "$(head -c 4 "$work/report.pdf")" = "%PDF" ] || fail "--pdf did not write a PDF"
[ "$(head -c 2 "$work/report.xlsx")" = "PK" ] || fail "--xlsx did not write a workbook"
grep -q "^BEGIN:VCALENDAR" "$work/round.ics" || fail "--ics did not write a calendar"
# Ba Đình's 2020 round: the district congress and its 56 grassroots ones at least.
events=$(grep -c "^BEGIN:VEVENT" "$work/round.ics")
[ "$events" -ge 57 ] || fail "--ics has $events events, expected at least 57"
grep -q "^UID:BADINH/2020-2025@daihoi" "$work/round.ics" || fail "--ics lacks Ba Đình's own congress"

# The report's text: the figures as of 19/05/2020.
if command -v pdftotext >/dev/null; then
  pdftotext -layout "$work/report.pdf" "$work/report.txt"
  for want in "ĐẢNG CỘNG SẢN VIỆT NAM" "BÁO CÁO" "Cấp cơ sở đã tổ chức 48/56 đại hội (85,71%)" "Hà Nội, ngày 19 tháng 5 năm 2020" \
    "Dự báo thời gian hoàn thành" "T/M BAN CHẤP HÀNH"; do
    grep -q "$want" "$work/report.txt" || fail "the report lacks '$want'"
  done
  # Without --place the date line names the district the report is on.
  run 0 "$work/plain.txt" progress --root BADINH --as-of 2020-05-19 --pdf "$work/own.pdf"
  pdftotext -layout "$work/own.pdf" "$work/own.txt"
  grep -q "Ba Đình, ngày 19 tháng 5 năm 2020" "$work/own.txt" || fail "the report's place is not Ba Đình"
fi

echo "progress_report: the forecast"
run 0 "$work/forecast.json" progress --root BADINH --as-of 2020-05-19 --forecast --json
cp "$work/forecast.json" "$work/body"
expect 'b.levels.map(l => l.level).join(",")' 'district,grassroots,cell'
expect 'b.levels[1].held + "/" + b.levels[1].total' '48/56'
expect 'b.levels[1].verdict' 'no_window'
# The last of the 8 grassroots congresses to come ends by 27/05; the district congress 16/06.
expect 'b.levels[1].finish' '2020-05-27'
expect 'b.levels[0].finish + " " + b.finish' '2020-06-16 2020-06-16'
cat >"$work/plan.json" <<'JSON'
{"root": "BADINH", "term": "2020-2025",
 "windows": {"grassroots": ["2020-04-01", "2020-05-25"], "district": ["2020-06-01", "2020-06-30"]}}
JSON
run 0 "$work/forecast.json" progress --root BADINH --as-of 2020-05-19 --forecast --json --plan "$work/plan.json"
cp "$work/forecast.json" "$work/body"
expect 'b.levels[1].verdict + " " + b.levels[1].days_late' 'late 2'
expect 'b.levels[0].verdict' 'on_time'
expect 'b.at_risk.length > 0 && b.at_risk.every(r => r.reason === "after_window" && r.expected_end > "2020-05-25")' true
run 0 "$work/forecast.txt" progress --root BADINH --as-of 2020-05-19 --forecast --plan "$work/plan.json"
grep -q "chậm 2 ngày so với kế hoạch" "$work/forecast.txt" || fail "forecast text: $(cat "$work/forecast.txt")"

echo "progress_report: the whole country"
run 0 "$work/country.json" progress --root "" --as-of 2020-05-19 --json
cp "$work/country.json" "$work/body"
expect 'b.children.some(c => c.code === "HANOI")' true
expect 'b.levels.find(l => l.level === "grassroots").held >= 48' true

echo "progress_report: bad input writes nothing"
run 2 "$work/out" progress --root HOANKIEM --as-of 2020-05-19 --pdf "$work/none.pdf"
[ ! -e "$work/none.pdf" ] || fail "an unknown root wrote a PDF"
echo '{"root": "BADINH", "term": "2020-2025", "windows": {"cell": ["2020-01-01"]}}' >"$work/bad.json"
run 2 "$work/out" progress --root BADINH --as-of 2020-05-19 --forecast --plan "$work/bad.json"
grep -q "windows.cell" "$work/err" || fail "a malformed plan not named: $(cat "$work/err")"
[ ! -s "$work/out" ] || fail "a malformed plan printed on stdout"

echo "progress_report: the API"
mkdir -p "$work/web"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
start_server
call GET "/progress.pdf?root=BADINH&as_of=2020-05-19"
expect_status 200
case $ctype in application/pdf*) ;; *) fail "/progress.pdf: content type $ctype" ;; esac
[ "$(head -c 4 "$work/body")" = "%PDF" ] || fail "/progress.pdf is not a PDF"
# Without `place`, the district's own: Ba Đình (DOCUMENT-LAYOUT.md, the date line).
pdf_says() {  # pdf_says FILE TEXT…: the PDF's text holds each TEXT
  local file=$1
  shift
  command -v pdftotext >/dev/null || return 0
  pdftotext -layout "$file" "$work/says.txt"
  for want in "$@"; do grep -q "$want" "$work/says.txt" || fail "$file lacks '$want'"; done
}
pdf_says "$work/body" "Ba Đình, ngày 19 tháng 5 năm 2020"
call GET "/progress.pdf?root=BADINH-KIMMA&as_of=2020-05-19"
expect_status 200
pdf_says "$work/body" "Kim Mã, ngày 19 tháng 5 năm 2020"
call GET "/progress.pdf?root=BADINH&as_of=2020-05-19&place=H%C3%A0%20N%E1%BB%99i"
pdf_says "$work/body" "Hà Nội, ngày 19 tháng 5 năm 2020"
call GET "/progress/forecast?root=BADINH&as_of=2020-05-19"
expect_status 200
expect_json_type
# The server judges by Ba Đình's stored 2020 plan (grassroots window 1/4–30/6/2020).
expect 'b.levels[1].finish + " " + b.levels[1].verdict' '2020-05-27 on_time'
expect 'b.plan.root' 'BADINH'
post "/progress/forecast?root=BADINH&as_of=2020-05-19" "$(cat "$work/plan.json")"
expect_status 200
expect 'b.levels[1].verdict' 'late'
call GET "/progress/forecast?root=HOANKIEM&as_of=2020-05-19"
expect_error 404 not_found root
call GET "/progress.pdf?root=BADINH&as_of=2020-02-30"
expect_error 400 invalid_input as_of
post "/progress/forecast?root=BADINH&as_of=2020-05-19" '{"root": "BADINH"}'
expect_status 400

echo "progress_report: ok"
