#!/usr/bin/env bash
# Venue bundles end to end (docs/bundles.md): a venue laptop (a demo SQLite file) counts Ba
# Đình's secretary election offline — the counting committee set, ballots entered by two clerks
# with the scanned QR checked, the round closed, the minutes printed with their number and the
# agree / disagree columns — and exports a bundle signed with its key; the provincial server (a
# copy of the demo from before the count) imports it from the trusted key, counts it the same
# and verifies its chain with the venue's ids; the same bundle again writes nothing; a changed,
# removed or reordered entry, a changed snapshot, a bad signature or an untrusted key exits 1
# naming the problem, and an unknown congress exits 2, none writing anything.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
venue="sqlite:$work/venue.db"
server="sqlite:$work/server.db"

fail() { echo "FAIL (bundle_cli.sh): $*" >&2; exit 1; }
at() { local db=$1; shift; "$bin" --db "$db" "$@"; }
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
# expect_exit CODE TEXT DB ARGS...: the exit code, and TEXT on stderr.
expect_exit() {
  local code=$1 text=$2
  shift 2
  set +e
  at "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  set -e
  [ "$rc" -eq "$code" ] || fail "'$*' exited $rc, expected $code: $(cat "$work/err")"
  grep -q -- "$text" "$work/err" || fail "'$*' does not say '$text': $(cat "$work/err")"
}
# tamper NAME JS: a copy of the bundle with JS applied to it (b), in $work/NAME.json.
tamper() {
  node -e '
    const fs = require("fs");
    const b = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    eval(process.argv[2]);
    fs.writeFileSync(process.argv[3], JSON.stringify(b));
  ' "$work/bundle.json" "$2" "$work/$1.json"
}

at "$venue" demo >/dev/null
cp "$work/venue.db" "$work/server.db"
[ ! -e "$work/venue.db-wal" ] || cp "$work/venue.db-wal" "$work/server.db-wal"

echo "bundle_cli: the venue's key"
at "$venue" bundle keygen --out "$work/venue.key" >"$work/out"
grep -q 'Dấu vân tay' "$work/out" || fail "keygen: $(cat "$work/out")"
[ "$(stat -c %a "$work/venue.key")" = 600 ] || fail "the secret key file is not 0600"
grep -qx '[0-9a-f]\{64\}' "$work/venue.key.pub" || fail "the public key file: $(cat "$work/venue.key.pub")"
expect_exit 2 'không ghi đè' "$venue" bundle keygen --out "$work/venue.key"

echo "bundle_cli: the count at the venue"
at "$venue" election create --congress BADINH --term 2020-2025 --kind secretary --seats 1 \
  --title 'Bầu Bí thư Quận ủy Ba Đình khóa XXVI' --committee 'Người Tạm' --json >"$work/e.json"
election=$(js "$work/e.json" 'b.id')
at "$venue" election committee --election "$election" --member 'Nguyễn Văn Trưởng' \
  --member 'Lê Thị Phó' --json >"$work/e.json"
expect "$work/e.json" 'b.counting_committee.join("|")' 'Nguyễn Văn Trưởng|Lê Thị Phó'
expect_exit 2 -- '--member\[1\]' "$venue" election committee --election "$election" --member A --member A
printf 'STT,Họ và tên,Ngày sinh,Giới tính\n1,Phan Văn Bí Thư,01/02/1970,nam\n' >"$work/c.csv"
at "$venue" election candidates "$election" "$work/c.csv" >/dev/null
at "$venue" election lock "$election" >/dev/null
at "$venue" election show "$election" --json >"$work/e.json"
round=$(js "$work/e.json" 'b.rounds[0].id')
qr=$(js "$work/e.json" 'b.qr_payload')
printf '1: 1a\n2: 1d\n3: 1a\n4: 1a\n' >"$work/ballots.txt"
# A ballot of another list version scanned: refused, nothing entered.
expect_exit 2 -- '--qr' "$venue" count enter "$round" --clerk 'Bàn 1' "$work/ballots.txt" \
  --qr "${qr%?}0"
at "$venue" count enter "$round" --clerk 'Bàn 1' "$work/ballots.txt" --qr "$qr" >/dev/null
at "$venue" count enter "$round" --clerk 'Bàn 2' "$work/ballots.txt" --qr "$qr" >/dev/null
at "$venue" count close "$round" --issued 4 >/dev/null
at "$venue" count show "$round" --json >"$work/venue_count.json"
expect_exit 2 'đã kết thúc' "$venue" election committee --election "$election" --member X
at "$venue" count minutes "$round" --out "$work/minutes.pdf" --number 7 >/dev/null
pdftotext -layout "$work/minutes.pdf" "$work/minutes.txt"
grep -q 'Số 07-BB/ĐH' "$work/minutes.txt" || fail "the minutes lack their number"
grep -q 'Không đồng ý' "$work/minutes.txt" || fail "the minutes lack the disagree column"
grep -q 'khi bỏ phiếu' "$work/minutes.txt" || fail "the minutes do not say who was present at the vote"

echo "bundle_cli: export at the venue, import on the server"
at "$venue" bundle export --congress BADINH --term 2020-2025 --key "$work/venue.key" \
  --out "$work/bundle.json" >"$work/out"
grep -q 'Đã xuất gói kết quả' "$work/out" || fail "export: $(cat "$work/out")"
expect "$work/bundle.json" 'b.format + " " + b.version + " " + b.elections.length' 'daihoi-bundle 1 1'
expect "$work/bundle.json" 'b.elections[0].rounds[0].entries.length' 8
expect "$work/bundle.json" 'b.venue_key' "$(cat "$work/venue.key.pub")"
expect_exit 2 -- '--key' "$venue" bundle export --congress BADINH --term 2020-2025 \
  --key "$work/venue.key.pub" --out "$work/x.json"
[ ! -e "$work/x.json" ] || fail "a refused export wrote a file"

at "$server" bundle import "$work/bundle.json" --trust "$work/venue.key.pub" --json >"$work/import.json"
expect "$work/import.json" 'b.already_imported' false
expect "$work/import.json" 'b.elections[0].entries_added + " " + b.elections[0].rounds_closed' '8 1'
here=$(js "$work/import.json" 'b.elections[0].election_id')
at "$server" election show "$here" --json >"$work/s.json"
server_round=$(js "$work/s.json" 'b.rounds[0].id')
at "$server" count verify "$server_round" >/dev/null || fail "the imported chain does not verify"
at "$server" count show "$server_round" --json >"$work/server_count.json"
[ "$(js "$work/server_count.json" 'JSON.stringify(b.result)')" = \
  "$(js "$work/venue_count.json" 'JSON.stringify(b.result)')" ] || fail "the server counts differently"
expect "$work/server_count.json" 'b.chain.ok' true
# Read-only on the server.
expect_exit 2 'điểm bầu cử' "$server" election committee --election "$here" --member X

at "$server" bundle import "$work/bundle.json" --trust "$work/venue.key.pub" >"$work/out"
grep -q 'đã được nhập trước đây' "$work/out" || fail "a second import: $(cat "$work/out")"
at "$server" election show "$here" --json >"$work/s2.json"
expect "$work/s2.json" 'b.rounds.length' 1
at "$server" count verify "$server_round" --json >"$work/v.json"
expect "$work/v.json" 'b.entries' 8

echo "bundle_cli: tampered bundles are refused, nothing written"
server2="sqlite:$work/server2.db"
at "$venue" bundle keygen --out "$work/other.key" >/dev/null
rm -f "$work/server2.db"
at "$server2" demo >/dev/null
refused() {  # refused FILE TEXT [trust file]
  expect_exit 1 "$2" "$server2" bundle import "$1" --trust "${3:-$work/venue.key.pub}"
}
tamper changed 'b.elections[0].rounds[0].entries[2].payload = "M:0d"'
refused "$work/changed.json" 'chữ ký không hợp lệ'
tamper removed 'b.elections[0].rounds[0].entries.splice(4, 1)'
refused "$work/removed.json" 'chữ ký không hợp lệ'
tamper reordered 'const e = b.elections[0].rounds[0].entries; [e[1], e[2]] = [e[2], e[1]]'
refused "$work/reordered.json" 'chữ ký không hợp lệ'
tamper snapshot 'b.elections[0].rounds[0].convened = 3'
refused "$work/snapshot.json" 'chữ ký không hợp lệ'
tamper signature 'b.signature = b.signature.replace(/^./, c => c === "a" ? "b" : "a")'
refused "$work/signature.json" 'chữ ký không hợp lệ'
refused "$work/bundle.json" 'không nằm trong các khóa tin cậy' "$work/other.key.pub"
[ "$(sqlite3 "$work/server2.db" 'SELECT count(*) FROM election_origins')" = 0 ] ||
  fail "a refused bundle wrote an election"

echo "bundle_cli: an unknown congress, a file that is not a bundle"
empty="sqlite:$work/empty.db"
expect_exit 2 'BADINH' "$empty" bundle import "$work/bundle.json" --trust "$work/venue.key.pub"
echo '{"format": "daihoi-bundle", "version": 1}' >"$work/bad.json"
expect_exit 2 'congress' "$server2" bundle import "$work/bad.json" --trust "$work/venue.key.pub"
echo "bundle_cli: ok"
