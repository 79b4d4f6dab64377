#!/usr/bin/env bash
# Draft documents and the consultation on them, end to end over HTTP (docs/documents.md,
# docs/api.md "Draft documents and comments"): a demo SQLite database, `daihoi serve` on a free
# port. A draft of Ba Đình's congress is imported (JSON text and a Markdown upload), published
# to the public and a ward; citizens comment on the public page without a session (honeypot,
# size limits, 413, the rate limit's 429 with Retry-After); the subcommittee moderates; the
# ward's meeting comment is entered; the synthesis groups the near-duplicates; dispositions are
# given; the exports are a PDF with the report's title, XLSX workbooks; a later version diffs
# against the first; a closed draft says so with its dates.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=documents_api.sh
source "$(dirname "$0")/lib/api_harness.sh"

mkdir -p "$work/web"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
start_server

# A call without any session: the public page's visitor.
public_call() {
  local method=$1 path=$2
  shift 2
  last="(public) $method $path"
  local out
  out=$(curl -sS -D "$work/headers" -o "$work/body" -w '%{http_code} %{content_type}' -X "$method" "$@" "$base$path") ||
    fail "$last: curl failed"
  status=${out%% *}
  ctype=${out#* }
}
public_post() { public_call POST "$1" -H 'Content-Type: application/json' --data "$2"; }

today=$(date -u +%F)
open=$(date -u -d '-3 days' +%F)
close=$(date -u -d '+30 days' +%F)

echo "documents_api: a draft typed in as Markdown"
text='# I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2015 - 2020\n\nKinh tế của quận tăng trưởng ổn định, thu ngân sách vượt dự toán hằng năm.\n\nCông tác xây dựng Đảng được chú trọng, chất lượng sinh hoạt chi bộ được nâng lên.\n\n# II. PHƯƠNG HƯỚNG NHIỆM KỲ 2020 - 2025\n\nPhát triển kinh tế số, xây dựng chính quyền điện tử, nâng cao chất lượng dịch vụ công.\n\n## 1. Các chỉ tiêu chủ yếu\n\nTỷ lệ hồ sơ giải quyết trực tuyến đạt trên 80%.'
post /congresses/BADINH/2020-2025/documents "{\"kind\": \"political_report\", \"title\": \"Dự thảo Báo cáo chính trị thử nghiệm\", \"format\": \"markdown\", \"text\": \"$text\"}"
expect_status 201
doc=$(js 'b.document_id')
v1=$(js 'b.version_id')
expect 'b.number' 1

call GET "/drafts/$v1"
expect_status 200
expect 'b.content.sections.length' 3
expect 'b.content.sections[0].paragraphs[1].key' '1.2'
expect 'b.content.sections[2].heading + "/" + b.content.sections[2].level' '1. Các chỉ tiêu chủ yếu/2'
expect 'b.version.status + " " + b.publication' 'draft null'

echo "documents_api: a Markdown file uploaded as the raw body"
printf '# PHẦN MỘT\n\nĐoạn thứ nhất.\n\n# PHẦN HAI\n\nĐoạn thứ hai.\n' >"$work/du-thao.md"
call POST "/congresses/BADINH/2020-2025/documents?kind=other&title=V%C4%83n%20ki%E1%BB%87n%20kh%C3%A1c&file=du-thao.md" \
  -H 'Content-Type: application/octet-stream' --data-binary @"$work/du-thao.md"
expect_status 201
upload_version=$(js 'b.version_id')
call GET "/drafts/$upload_version"
expect 'b.version.source_name + " " + b.content.sections.length + " " + b.document.kind' 'du-thao.md 2 other'
call POST "/congresses/BADINH/2020-2025/documents?kind=nonsense&file=x.md" --data-binary @"$work/du-thao.md"
expect_error 400 invalid_input kind

call GET /congresses/BADINH/2020-2025/documents
expect_status 200
expect "b.items.some(d => d.id === $doc && d.versions.length === 1 && d.kind_label === 'Báo cáo chính trị')" true

echo "documents_api: not published yet, the public page does not know it"
public_call GET "/public/drafts/$v1"
expect_error 404 not_found version_id
echo "documents_api: staff routes need a session"
public_call GET "/drafts/$v1"
expect_status 401

echo "documents_api: publish to the public and to a ward"
call GET "/organizations/BADINH/children?limit=1000"
ward=$(js 'b.items[0].code')
ward_name=$(js 'b.items[0].name')
post "/drafts/$v1/publish" "{\"public\": true, \"units\": [\"$ward\"], \"open\": \"$open\", \"close\": \"$close\"}"
expect_status 200
expect 'b.version.status + " " + b.publication.is_public + " " + b.publication.units.join(",")' "published true $ward"
expect 'b.unit_names[b.publication.units[0]]' "$ward_name"
post "/drafts/$upload_version/publish" '{"public": true, "units": [], "open": "2020-05-01", "close": "2020-04-01"}'
expect_status 400

echo "documents_api: the public page reads the draft by section"
public_call GET "/public/drafts/$v1"
expect_status 200
expect 'b.is_open + " " + b.state + " " + b.sections.length + " " + b.open' "true open 3 $open"
public_call GET /public/drafts
expect "b.items.some(d => d.version_id === $v1)" true

echo "documents_api: a citizen comments without an account"
public_post "/public/drafts/$v1/comments" '{"name": "Nguyễn Văn An", "contact": "0912345678", "section": 2, "text": "Đề nghị bổ sung chỉ tiêu về chuyển đổi số trong cải cách hành chính.", "website": ""}'
expect_status 201
expect 'b.status + " " + b.message' 'pending Ý kiến của bạn đã được gửi và sẽ hiển thị sau khi được duyệt.'
first_public=$(js 'b.id')
public_post "/public/drafts/$v1/comments" '{"name": "Robot", "text": "mua hàng giá rẻ", "website": "http://spam.example"}'
expect_error 400 invalid_input website
long=$(node -e 'process.stdout.write("ý".repeat(5001))')
public_post "/public/drafts/$v1/comments" "{\"name\": \"Trần Bình\", \"text\": \"$long\"}"
expect_error 400 invalid_input text
node -e 'process.stdout.write(JSON.stringify({name: "X", text: "a".repeat(40000)}))' >"$work/big.json"
public_call POST "/public/drafts/$v1/comments" -H 'Content-Type: application/json' --data-binary @"$work/big.json"
expect_status 413
public_post "/public/drafts/$v1/comments" '{"name": "Lê Chi", "section": 1, "quote": "đoạn văn không có trong dự thảo", "text": "Ý kiến"}'
expect_error 400 invalid_input quote
public_post "/public/drafts/999999/comments" '{"name": "Lê Chi", "text": "Ý kiến"}'
expect_status 404

echo "documents_api: a quote anchors the comment to its paragraph"
public_post "/public/drafts/$v1/comments" '{"name": "Phạm Dung", "section": 2, "quote": "xây dựng chính quyền điện tử", "text": "Đề nghị bổ sung chỉ tiêu về chuyển đổi số trong cải cách hành chính của quận."}'
expect_status 201
quoted=$(js 'b.id')
for n in 1 2; do
  public_post "/public/drafts/$v1/comments" "{\"name\": \"Người dân $n\", \"section\": 2, \"text\": \"Đề nghị bổ sung chỉ tiêu về chuyển đổi số trong cải cách hành chính!\"}"
  expect_status 201
done
public_post "/public/drafts/$v1/comments" '{"name": "Hoàng Em", "section": 1, "text": "Cần đánh giá rõ hơn những hạn chế trong công tác quản lý đô thị."}'
expect_status 201
echo "documents_api: the sixth comment from one address in ten minutes is refused"
public_post "/public/drafts/$v1/comments" '{"name": "Hoàng Em", "text": "Một ý kiến nữa."}'
expect_error 429 too_many_requests client_address
grep -qi '^Retry-After: [0-9]' "$work/headers" || fail "429 without Retry-After: $(cat "$work/headers")"

echo "documents_api: moderation"
call GET "/drafts/$v1/comments?status=pending"
expect_status 200
expect 'b.total' 5
expect "b.items.find(c => c.id === $quoted).anchor.paragraph_key" '2.1'
expect "b.items.find(c => c.id === $first_public).citizen_contact" '0912345678'
pending_ids=$(js 'b.items.map(c => c.id).join(" ")')
post "/comments/$first_public/moderation" '{"status": "hidden"}'
expect_error 400 invalid_input reason
for id in $pending_ids; do
  post "/comments/$id/moderation" '{"status": "shown"}'
  expect_status 200
done
post "/comments/$first_public/moderation" '{"status": "pending"}'
expect_status 200
post "/comments/$first_public/moderation" '{"status": "shown"}'
expect_status 200

echo "documents_api: the ward's meeting comment, entered by its clerk"
post "/drafts/$v1/comments" "{\"section\": 1, \"text\": \"Hội nghị thống nhất đề nghị bổ sung đánh giá về công tác cải cách hành chính.\", \"org_code\": \"$ward\", \"on_behalf_of_meeting\": true, \"agreed_members\": 42}"
expect_status 201
unit_comment=$(js 'b.id')
post "/drafts/$v1/comments" '{"section": 9, "text": "Mục không có", "org_code": "'"$ward"'"}'
expect_status 400

echo "documents_api: the synthesis groups the near-duplicates"
call POST "/drafts/$v1/synthesis" --data ""
expect_status 200
expect 'b.counts.comments' 6
expect 'b.groups[0].size >= 4 && b.groups[0].section === 2' true
expect "b.counts.per_unit.find(r => r.org_code === '$ward').agreed_members" 42
expect "b.counts.per_source.find(r => r.source === 'citizen').comments" 5
group=$(js 'b.groups[0].id')
post "/comment-groups/$group/disposition" '{"disposition": "explained"}'
expect_error 400 invalid_input explanation
post "/comment-groups/$group/disposition" '{"disposition": "accepted", "explanation": "Đã bổ sung chỉ tiêu chuyển đổi số vào mục II."}'
expect_status 200
post "/comments/$unit_comment/disposition" '{"disposition": "explained", "explanation": "Đã có trong Báo cáo kiểm điểm."}'
expect_status 200
call GET "/drafts/$v1/comments?disposition=accepted"
expect 'b.total >= 4 && b.items.every(c => c.effective === "accepted")' true
call GET "/drafts/$v1/comments?disposition=undecided"
expect 'b.items.every(c => c.effective === null)' true
call GET "/drafts/$v1/synthesis?disposition=accepted"
expect "b.groups.every(g => g.disposition && g.disposition.disposition === 'accepted') && b.groups.some(g => g.id === $group)" true

echo "documents_api: exports"
call GET "/drafts/$v1/synthesis.pdf?place=H%C3%A0%20N%E1%BB%99i"
expect_status 200
case $ctype in application/pdf*) ;; *) fail "synthesis.pdf: content type $ctype" ;; esac
cp "$work/body" "$work/synthesis.pdf"
# Reading order (no -layout), white space collapsed: a wrapped table cell reads as one line.
pdftotext "$work/synthesis.pdf" - | tr -s '[:space:]' ' ' >"$work/synthesis.txt"
for want in 'ĐẢNG CỘNG SẢN VIỆT NAM' 'TIỂU BAN VĂN KIỆN' 'BÁO CÁO' 'Tổng hợp ý kiến góp ý dự thảo' 'Đã bổ sung chỉ tiêu chuyển đổi số' 'Hà Nội, ngày'; do
  grep -qF "$want" "$work/synthesis.txt" || fail "synthesis.pdf lacks '$want': $(head -c 1500 "$work/synthesis.txt")"
done
call GET "/drafts/$v1/synthesis.xlsx"
expect_status 200
[ "$(head -c 2 "$work/body")" = PK ] || fail "synthesis.xlsx is not a zip"
call GET "/drafts/$v1/comments.xlsx?source=citizen"
expect_status 200
[ "$(head -c 2 "$work/body")" = PK ] || fail "comments.xlsx is not a zip"

echo "documents_api: a later version and its diff"
text2='# I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2015 - 2020\n\nKinh tế của quận tăng trưởng ổn định và bền vững, thu ngân sách vượt dự toán hằng năm.\n\nCông tác xây dựng Đảng được chú trọng, chất lượng sinh hoạt chi bộ được nâng lên.\n\n# II. PHƯƠNG HƯỚNG NHIỆM KỲ 2020 - 2025\n\nPhát triển kinh tế số, xây dựng chính quyền điện tử, nâng cao chất lượng dịch vụ công.\n\nĐẩy mạnh chuyển đổi số trong cải cách hành chính.\n\n## 1. Các chỉ tiêu chủ yếu\n\nTỷ lệ hồ sơ giải quyết trực tuyến đạt trên 80%.'
post "/documents/$doc/versions" "{\"format\": \"markdown\", \"change_log\": \"Tiếp thu ý kiến góp ý\", \"text\": \"$text2\", \"takes_in_groups\": [$group]}"
expect_status 201
v2=$(js 'b.version_id')
expect 'b.number' 2
call GET "/drafts/$v2/diff?from=$v1"
expect_status 200
expect 'b.paragraphs_changed + " " + b.paragraphs_added + " " + b.paragraphs_removed' '1 1 0'
expect 'b.sections[0].paragraphs[0].words.some(w => w.op === "inserted" && w.text.includes("bền vững"))' true
call GET "/drafts/$v2"
expect "b.takes_in_groups.includes($group)" true
call GET "/drafts/$v2/carried-comments"
expect_status 200
expect "b.items.find(c => c.comment_id === $quoted).state" exact

echo "documents_api: a closed draft says so with its dates"
post "/drafts/$upload_version/publish" '{"public": true, "units": [], "open": "2020-04-01", "close": "2020-04-30"}'
expect_status 200
public_call GET "/public/drafts/$upload_version"
expect_status 200
expect 'b.is_open + " " + b.state + " " + b.open + " " + b.close + " " + b.sections.length' 'false closed 2020-04-01 2020-04-30 0'
public_post "/public/drafts/$upload_version/comments" '{"name": "A", "text": "Muộn"}'
expect_status 404

echo "documents_api: the OpenAPI document names the routes"
call GET /openapi.json
expect 'Boolean(b.paths["/public/drafts/{id}/comments"].post && b.paths["/drafts/{id}/synthesis.pdf"].get)' true

echo "documents_api: ok ($today)"
