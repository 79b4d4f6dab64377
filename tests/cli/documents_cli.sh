#!/usr/bin/env bash
# Draft documents and comments through the CLI (docs/documents.md), on the demo database: Ba
# Đình's political report draft (published to the public and three wards 1–30/4/2020, with its
# comments and synthesis), then a second version imported from Markdown that takes a group in,
# the diff, a comment entered and a file imported (a bad row named by file, row and column,
# nothing written), moderation, grouping, dispositions and the export (CSV and XLSX).
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL (documents_cli.sh): $*" >&2; exit 1; }
db="sqlite:$work/demo.db"
run() { "$bin" --db "$db" "$@"; }
has() { grep -qF -- "$1" "$2" || { sed 's/^/  /' "$2" >&2; fail "'$1' not in $2"; }; }

"$bin" --db "$db" demo >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; fail "daihoi demo"; }

echo "documents_cli: the demo's draft"
run draft list --org BADINH --term 2020-2025 >"$work/list.txt"
has "Báo cáo chính trị của Ban Chấp hành Đảng bộ quận Ba Đình" "$work/list.txt"
has "phiên bản 1" "$work/list.txt"
has "Đã công bố, 8 phần" "$work/list.txt"
doc=$(sed -n 's/^Văn kiện \([0-9]*\):.*/\1/p' "$work/list.txt" | head -1)
v1=$(sed -n 's/.*phiên bản 1 — mã \([0-9]*\),.*/\1/p' "$work/list.txt" | head -1)
[ -n "$doc" ] && [ -n "$v1" ] || fail "no document id / version id in the list"
run draft show "$v1" >"$work/show.txt"
has "(2.1) Công tác quy hoạch" "$work/show.txt"
has "Lấy ý kiến từ 2020-04-01 đến 2020-04-30: công khai BADINH-DOICAN BADINH-NGOCHA BADINH-QUANTHANH" "$work/show.txt"
has "6 chờ duyệt" "$work/show.txt"

echo "documents_cli: the stored synthesis groups copies of one opinion"
run comment group "$v1" --limit 3 >"$work/group.txt"
has "Phần 2:" "$work/group.txt"
has "BADINH-NGOCHA: 3 ý kiến, 144 đảng viên tán thành" "$work/group.txt"
has "16 ý kiến — Tiếp thu" "$work/group.txt"
group=$(sed -n 's/^  #\([0-9]*\) \[phần 2\] 16 ý kiến.*/\1/p' "$work/group.txt" | head -1)
[ -n "$group" ] || fail "no group of 16 comments"

echo "documents_cli: version 2 from Markdown takes the group in"
cat >"$work/v2.md" <<'MD'
# I. BỐI CẢNH VÀ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XXV

Nhiệm kỳ 2015-2020, Đảng bộ quận Ba Đình thực hiện Nghị quyết Đại hội XXV trong bối cảnh có nhiều thuận lợi, song cũng không ít khó khăn, thách thức. Được sự quan tâm lãnh đạo sát sao của Thành ủy, sự đồng thuận của nhân dân, các mục tiêu, chỉ tiêu chủ yếu của nhiệm kỳ cơ bản đạt và vượt.

# II. PHÁT TRIỂN KINH TẾ VÀ QUẢN LÝ ĐÔ THỊ

Công tác quy hoạch, quản lý đô thị có chuyển biến; hoàn thành cải tạo 14 tuyến phố, chỉnh trang vỉa hè và hệ thống chiếu sáng trên địa bàn các phường.

Tiếp tục chỉnh trang vỉa hè, hệ thống chiếu sáng trên các tuyến phố còn lại.
MD
run draft import --document "$doc" --change-log "Tiếp thu ý kiến về vỉa hè" \
  --takes-in-groups "$group" "$work/v2.md" >"$work/import.txt"
has "phiên bản 2" "$work/import.txt"
v2=$(sed -n 's/.*(mã phiên bản \([0-9]*\)).*/\1/p' "$work/import.txt")
run draft diff "$v1" "$v2" >"$work/diff.txt"
has "+ (2.2) Tiếp tục chỉnh trang vỉa hè" "$work/diff.txt"
has "- VIII. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU" "$work/diff.txt"
has "{+sát sao+}" "$work/diff.txt"

echo "documents_cli: bad input exits 2 naming the place"
set +e
run draft import --org BADINH --term 2020-2025 --kind memo --title X "$work/v2.md" 2>"$work/err1.txt"
rc1=$?
printf 'section,text,source,unit,agreed\n2,Ý kiến một,unit,BADINH-QUANTHANH,30\n9,Ý kiến hai,unit,BADINH-QUANTHANH,12\n' >"$work/bad.csv"
run comment import "$v1" "$work/bad.csv" 2>"$work/err2.txt"
rc2=$?
run comment add "$v1" --section 2 --quote "không có câu này" --text "Ý kiến" --unit BADINH-QUANTHANH 2>"$work/err3.txt"
rc3=$?
set -e
[ "$rc1" = 2 ] || fail "bad --kind: exit $rc1"
has "--kind" "$work/err1.txt"
[ "$rc2" = 2 ] || fail "bad row: exit $rc2"
has "bad.csv" "$work/err2.txt"
has "row 3" "$work/err2.txt"
has "section" "$work/err2.txt"
[ "$rc3" = 2 ] || fail "bad quote: exit $rc3"
has "quote" "$work/err3.txt"
run comment list "$v1" --unit BADINH-QUANTHANH --limit 0 >"$work/qt.txt"
has "3 ý kiến" "$work/qt.txt"  # the demo's three; the bad file wrote nothing

echo "documents_cli: a ward's meeting, imported, moderated, grouped, disposed, exported"
printf 'Phần,Nội dung,Nguồn,Mã đơn vị,Số tán thành\n2,"Đề nghị bổ sung chỉ tiêu về bãi đỗ xe ngầm tại các phường trung tâm!",unit,BADINH-QUANTHANH,36\n8,Cần bổ sung giải pháp về nhà ở xã hội.,unit,BADINH-QUANTHANH,\n' >"$work/good.csv"
run comment import "$v1" "$work/good.csv" >"$work/ok.txt"
has "Đã nhập 2 ý kiến" "$work/ok.txt"
run comment add "$v1" --source former_leader --section 4 --text "Cần tổng kết công tác bảo vệ các sự kiện lớn." \
  --name "Nguyễn Văn Cựu" --contact "0900000000" >"$work/add.txt"
has "Đã ghi ý kiến" "$work/add.txt"
run comment list "$v1" --status pending --limit 0 >"$work/pending.txt"
has "6 ý kiến" "$work/pending.txt"
spam=$(grep -B1 "Mua bán sim" "$work/pending.txt" | sed -n 's/^#\([0-9]*\) .*/\1/p')
[ -n "$spam" ] || fail "no spam comment in the queue"
set +e
run comment moderate "$spam" --status hidden 2>"$work/err4.txt"
rc4=$?
set -e
[ "$rc4" = 2 ] || fail "hiding without a reason: exit $rc4"
run comment moderate "$spam" --status hidden --reason "Quảng cáo" >/dev/null
run comment group "$v1" --limit 0 >"$work/group2.txt"
has "BADINH-QUANTHANH: 5 ý kiến" "$work/group2.txt"
parking=$(sed -n 's/^  #\([0-9]*\) \[phần 2\] 3 ý kiến, 126 đảng viên tán thành.*/\1/p' "$work/group2.txt" | head -1)
[ -n "$parking" ] || fail "the parking opinion is not one group of 3 with 126 members agreeing"
run comment dispose "$parking" --group --disposition explained \
  --explanation "Đã có trong Đề án giao thông tĩnh của quận." >/dev/null
set +e
run comment dispose "$parking" --group --disposition not_accepted 2>"$work/err5.txt"
rc5=$?
set -e
[ "$rc5" = 2 ] || fail "a disposition without explanation: exit $rc5"
has "explanation" "$work/err5.txt"
run comment export "$v1" >"$work/export.csv"
has "id,section,section_heading,paragraph,quote,text,source,unit,unit_name" "$work/export.csv"
has "Đã có trong Đề án giao thông tĩnh của quận." "$work/export.csv"
has "0900000000" "$work/export.csv"
run comment export "$v1" --xlsx "$work/export.xlsx" 2>/dev/null
[ "$(head -c 2 "$work/export.xlsx")" = "PK" ] || fail "the XLSX export is not a zip"
echo "documents_cli: ok"
