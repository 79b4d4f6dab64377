#!/usr/bin/env bash
# `daihoi ballot print` end to end (docs/ballots.md): a PDF whose text shows the names in
# Vietnamese ballot order (R-ORDER), the struck form with a surplus and the agree / disagree form
# without one (R-BALLOT-FORM), the paper chosen by the list's length, the QR payload and list
# digest; a malformed case exits 2 naming the field, a list without enough surplus exits 1
# naming R-SURPLUS, and neither leaves a file behind. The QR code itself is decoded by
# src/report/pdf/ballot_test.cpp.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "FAIL (ballot_cli): $*" >&2
  exit 1
}

# run WANT_EXIT ARGS...: runs daihoi, keeps stdout in $work/out and stderr in $work/err.
run() {
  local want=$1
  shift
  set +e
  "$bin" "$@" >"$work/out" 2>"$work/err"
  local got=$?
  set -e
  if [ "$got" -ne "$want" ]; then
    cat "$work/err" >&2
    fail "'daihoi $*' exited $got, expected $want"
  fi
}

# The first page's text on one line, without spaces (where a title wraps is not tested).
flat() { pdftotext -l 1 -layout -enc UTF-8 "$1" - | tr -d ' \n\f'; }

# in_order TEXT NAME...: each name appears in TEXT after the one before it.
in_order() {
  local text=$1 rest name
  shift
  rest=$text
  for name in "$@"; do
    name=${name// /}
    [[ "$rest" == *"$name"* ]] || fail "'$name' missing or out of order in: $text"
    rest=${rest#*"$name"}
  done
}

pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
# A5 is 419.53 × 595.28 pt, A4 595.28 × 841.89 pt (pdfinfo names only some sizes).
paper() {
  case $(pdfinfo "$1" | sed -n 's/^Page size: *\([0-9]*\)[.0-9]* x \([0-9]*\).*/\1x\2/p') in
    419x595) echo A5 ;;
    595x841) echo A4 ;;
    *) echo other ;;
  esac
}

# committee ID SEATS CANDIDATES_JSON: a ballot case.
committee() {
  cat <<JSON
{"election": {"id": "$1", "kind": "committee", "seats": $2, "alternates": 0,
              "title": "Ban Chấp hành Đảng bộ quận khóa XXVI, nhiệm kỳ 2020 – 2025",
              "superior": "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
              "congress": "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN BA ĐÌNH LẦN THỨ XXVI"},
 "candidates": $3}
JSON
}

five='[{"id": "c1", "name": "Trần Thị Bình", "birth_date": "1980-11-20"},
       {"id": "c2", "name": "Nguyễn Văn An", "birth_date": "1975-03-02"},
       {"id": "c3", "name": "Lê Văn Cường", "birth_date": "1969-01-15"},
       {"id": "c4", "name": "Phạm Thị Dung", "birth_date": "1972-07-07"},
       {"id": "c5", "name": "Nguyễn Văn An", "birth_date": "1970-01-01"}]'

# 1. Five names for four seats: the struck form on A5, names by given name (An, An — the older
#    first —, Bình, Cường, Dung), the title, the instruction and the digest line.
committee BADINH-2020-BCH 4 "$five" >"$work/case.json"
run 0 --json ballot print "$work/case.json" --out "$work/ballot.pdf" --copies 3
[ "$(head -c 5 "$work/ballot.pdf")" = "%PDF-" ] || fail "not a PDF"
[ "$(pages "$work/ballot.pdf")" = 3 ] || fail "--copies 3 gave $(pages "$work/ballot.pdf") pages"
[ "$(paper "$work/ballot.pdf")" = A5 ] || fail "five names not on A5"
digest=$(sed -n 's/.*"list_digest": "\([0-9a-f]*\)".*/\1/p' "$work/out")
[ ${#digest} -eq 64 ] || fail "no list digest in: $(cat "$work/out")"
grep -q "\"qr_payload\": \"DAIHOI-BALLOT/1/BADINH-2020-BCH/$digest\"" "$work/out" ||
  fail "QR payload: $(cat "$work/out")"
grep -q '"form": "struck"' "$work/out" || fail "form: $(cat "$work/out")"
text=$(flat "$work/ballot.pdf")
in_order "$text" "PHIẾU BẦU CỬ" "BAN CHẤP HÀNH ĐẢNG BỘ QUẬN KHÓA XXVI" \
  "Gạch ngang cả họ và tên người không bầu" \
  "1. Nguyễn Văn An" "2. Nguyễn Văn An" "3. Trần Thị Bình" "4. Lê Văn Cường" "5. Phạm Thị Dung" \
  "Mã danh sách: ${digest:0:12}"

# The same list gives the same digest; another birth date (which decides the order) another.
run 0 --json ballot print "$work/case.json" --out "$work/again.pdf"
grep -q "\"list_digest\": \"$digest\"" "$work/out" || fail "the digest is not stable"
committee BADINH-2020-BCH 4 "${five/1970-01-01/1976-01-01}" >"$work/moved.json"
run 0 --json ballot print "$work/moved.json" --out "$work/moved.pdf"
grep -q "\"list_digest\": \"$digest\"" "$work/out" && fail "another list, the same digest"
in_order "$(flat "$work/moved.pdf")" "1. Nguyễn Văn An" "2. Nguyễn Văn An" "3. Trần Thị Bình"

# Standard input and output.
"$bin" ballot print - --out - <"$work/case.json" >"$work/stdout.pdf" || fail "stdin → stdout"
[ "$(head -c 5 "$work/stdout.pdf")" = "%PDF-" ] || fail "stdout is not a PDF"

# 2. 47 names for 41 seats (14.63% surplus) do not fit on A5 at full size: A4 in two columns.
names=""
count=0
for given in An Anh Bình Chi Chiến Cường Dũng Dung Đạt Giang Hà Hải Hạnh Hiền Hiếu Hoa Hòa Hùng \
  Hưng Hương Huy Khánh Lan Linh Long Mai Minh Nam Nga Ngọc Nhung Phong Phương Quang Quân Sơn \
  Tâm Thảo Thắng Thủy Trang Trung Tuấn Tùng Vân Việt Yến; do
  count=$((count + 1))
  names+="${names:+,}{\"id\": \"p$count\", \"name\": \"Nguyễn Văn $given\"}"
done
committee BADINH-2020-BCH 41 "[$names]" >"$work/long.json"
run 0 ballot print "$work/long.json" --out "$work/long.pdf"
[ "$(paper "$work/long.pdf")" = A4 ] || fail "47 names not moved to A4"
grep -q "Đã in 1 phiếu bầu" "$work/out" || fail "summary: $(cat "$work/out")"
raw=$(pdftotext -raw -enc UTF-8 "$work/long.pdf" - | tr -d ' \n\f')
in_order "$raw" "1.NguyễnVănAn" "2.NguyễnVănAnh" "24.NguyễnVănLinh" "25.NguyễnVănLong" \
  "47.NguyễnVănYến"
# Forced onto A5 they fit at no allowed size: exit 2 naming --paper, no file.
run 2 ballot print "$work/long.json" --out "$work/long-a5.pdf" --paper a5
grep -q -- "--paper" "$work/err" && grep -q "A4" "$work/err" || fail "A5 refusal: $(cat "$work/err")"
[ -e "$work/long-a5.pdf" ] && fail "a PDF was written for a list that does not fit"

# 3. One person, no surplus: the agree / disagree form.
cat >"$work/secretary.json" <<'JSON'
{"election": {"id": "BADINH-2020-BT", "kind": "secretary", "seats": 1,
              "title": "Bí thư Đảng bộ quận khóa XXVI, nhiệm kỳ 2020 – 2025",
              "congress": "BAN CHẤP HÀNH ĐẢNG BỘ QUẬN BA ĐÌNH KHÓA XXVI"},
 "candidates": [{"id": "c1", "name": "Nguyễn Văn An"}]}
JSON
run 0 --json ballot print "$work/secretary.json" --out "$work/secretary.pdf" --paper a4
grep -q '"form": "agree_disagree"' "$work/out" || fail "form: $(cat "$work/out")"
[ "$(paper "$work/secretary.pdf")" = A4 ] || fail "--paper a4 not followed"
in_order "$(flat "$work/secretary.pdf")" "PHIẾU BẦU CỬ" "BÍ THƯ ĐẢNG BỘ QUẬN" "Số TT" "Họ và tên" \
  "Đồng ý" "Không đồng ý" "1" "Nguyễn Văn An"

# 4. A malformed case: exit 2 naming the file and the field; no file written.
committee BADINH-2020-BCH '"four"' "$five" >"$work/bad.json"
run 2 ballot print "$work/bad.json" --out "$work/bad.pdf"
grep -q "bad.json" "$work/err" || fail "message does not name the file: $(cat "$work/err")"
grep -q "election.seats" "$work/err" || fail "message does not name the field: $(cat "$work/err")"
[ -e "$work/bad.pdf" ] && fail "a PDF was written for a malformed case"
committee "BADINH/2020" 4 "$five" >"$work/bad-id.json"
run 2 ballot print "$work/bad-id.json" --out "$work/bad.pdf"
grep -q "election.id" "$work/err" || fail "message does not name election.id: $(cat "$work/err")"
run 2 ballot print "$work/case.json"  # --out is required
run 2 ballot print "$work/case.json" --out "$work/x.pdf" --paper a3
run 2 ballot print "$work/case.json" --out "$work/x.pdf" --copies 0
run 2 ballot print "$work/case.json" --out "$work/no/such/dir/x.pdf"
grep -q -- "--out" "$work/err" || fail "an unwritable --out is not named: $(cat "$work/err")"

# 5. Five names for five committee seats: no surplus (R-SURPLUS) — exit 1, nothing printed.
committee BADINH-2020-BCH 5 "$five" >"$work/no-surplus.json"
run 1 ballot print "$work/no-surplus.json" --out "$work/no-surplus.pdf"
grep -q "R-SURPLUS" "$work/err" || fail "rule not named: $(cat "$work/err")"
[ -e "$work/no-surplus.pdf" ] && fail "a ballot was printed for a list that breaks R-SURPLUS"
# Three seats, five names: more than one person of surplus for a committee of 3–5 seats.
committee BADINH-2020-BCH 3 "$five" >"$work/too-many.json"
run 1 ballot print "$work/too-many.json" --out "$work/too-many.pdf"
grep -q "R-SURPLUS" "$work/err" || fail "rule not named: $(cat "$work/err")"

echo "ballot_cli: ok"
