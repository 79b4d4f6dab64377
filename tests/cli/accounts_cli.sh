#!/usr/bin/env bash
# `daihoi user add|grant|revoke|passwd|list` and `daihoi audit verify|list` (docs/security.md) on
# the demo database: the demo's users and grants, a user added with its password on standard input
# (never in argv, never stored in clear), grants over a subtree and per congress, bad input exiting
# 2 and naming the option, then the audit trail: every change recorded, the chain verified, and a
# row edited, deleted or swapped directly in the database caught and named (exit 1).
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dbfile="$work/demo.db"
db="sqlite:$dbfile"

fail() { echo "FAIL (accounts_cli.sh): $*" >&2; exit 1; }
run() { "$bin" --db "$db" "$@"; }
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
# expect_exit CODE WORD COMMAND...: exits CODE and WORD is on stderr.
expect_exit() {
  local code=$1 word=$2
  shift 2
  set +e
  run "$@" >"$work/out" 2>"$work/err" </dev/null
  local rc=$?
  set -e
  [ "$rc" -eq "$code" ] || fail "'$*' exited $rc, expected $code: $(cat "$work/err")"
  grep -q -- "$word" "$work/err" || fail "'$*' does not say '$word': $(cat "$work/err")"
}
sql() { sqlite3 "$dbfile" "$1"; }

run demo >/dev/null

echo "accounts_cli: the demo's users and grants"
run --json user list >"$work/users.json"
expect "$work/users.json" 'b.map(u => u.login).join(" ")' 'admin badinh.btc badinh.kiemphieu hanoi.giamsat quanthanh.vp'
expect "$work/users.json" 'b.find(u => u.login === "badinh.btc").grants[0].role + "@" + b.find(u => u.login === "badinh.btc").grants[0].org' 'organization_board@BADINH'
expect "$work/users.json" 'JSON.stringify(b.find(u => u.login === "badinh.kiemphieu").grants[0])' '{"role":"counting_clerk","role_label":"Tổ kiểm phiếu","org":"BADINH","term":"2020-2025"}'
expect "$work/users.json" 'b.find(u => u.login === "admin").grants[0].org' 'null'
grep -q 'argon2\|password_hash\|\$argon' "$work/users.json" && fail "user list shows a hash"
run demo >/dev/null  # loading twice adds nobody
run --json user list >"$work/users2.json"
expect "$work/users2.json" 'b.length' 5

echo "accounts_cli: a user added with the password on standard input"
printf 'Kim Mã 2020-mật khẩu\n' | run user add kimma.vp --name "Văn phòng Đảng ủy phường Kim Mã" >"$work/out"
grep -q 'kimma.vp' "$work/out" || fail "user add says nothing: $(cat "$work/out")"
run user grant kimma.vp --role unit_clerk --org BADINH-KIMMA >"$work/out"
run user grant kimma.vp --role counting_clerk --org BADINH-KIMMA --term 2020-2025 >"$work/out"
run user list >"$work/list.txt"
grep -q '^kimma.vp.*unit_clerk@BADINH-KIMMA, counting_clerk@BADINH-KIMMA/2020-2025' "$work/list.txt" ||
  fail "user list: $(cat "$work/list.txt")"
if command -v strings >/dev/null; then
  strings "$dbfile" "$dbfile-wal" 2>/dev/null >"$work/strings" || true
  grep -q 'Kim Mã 2020-mật khẩu' "$work/strings" && fail "the password is in the database file"
fi
printf 'mật khẩu mới 2020\n' | run user passwd kimma.vp >"$work/out"
run user revoke kimma.vp --role counting_clerk --org BADINH-KIMMA --term 2020-2025 >"$work/out"
run --json user list >"$work/users3.json"
expect "$work/users3.json" 'b.find(u => u.login === "kimma.vp").grants.length' 1

echo "accounts_cli: bad input exits 2 naming the option; nothing is written"
expect_exit 2 'password' user add short.pw --name "X"                 # no password on stdin
set +e; printf 'ngắn\n' | run user add short.pw --name X >/dev/null 2>"$work/err"; rc=$?; set -e
[ "$rc" -eq 2 ] && grep -q password "$work/err" || fail "short password: $rc $(cat "$work/err")"
set +e; printf 'mật khẩu dài đủ\n' | run user add 'Bad Login' --name X >/dev/null 2>"$work/err"; rc=$?; set -e
[ "$rc" -eq 2 ] && grep -q login "$work/err" || fail "bad login: $rc $(cat "$work/err")"
set +e; printf 'mật khẩu dài đủ\n' | run user add kimma.vp --name X >/dev/null 2>"$work/err"; rc=$?; set -e
[ "$rc" -eq 2 ] || fail "a taken login: $rc $(cat "$work/err")"
expect_exit 2 '\-\-role' user grant kimma.vp --role chief --org BADINH
expect_exit 2 '\-\-org' user grant kimma.vp --role observer --org NOWHERE
expect_exit 2 '\-\-org' user grant kimma.vp --role observer
expect_exit 2 '\-\-term' user grant kimma.vp --role counting_clerk --org BADINH
expect_exit 2 'login' user grant nobody --role observer --org BADINH
expect_exit 2 'kimma.vp' user revoke kimma.vp --role observer --org HANOI
# The password is never an argument.
expect_exit 2 '' user add x.y --name X --password secret-secret
run --json user list >"$work/users4.json"
expect "$work/users4.json" 'b.length' 6

echo "accounts_cli: every change is in the audit trail, and the chain holds"
run --json audit list >"$work/audit.json"
expect "$work/audit.json" 'b.items.filter(r => r.actor === "demo").length' 10
expect "$work/audit.json" 'b.items.slice(-5).map(r => r.use_case).join(" ")' 'user.add user.grant user.grant user.passwd user.revoke'
expect "$work/audit.json" 'b.items.slice(-5).every(r => r.actor.startsWith("cli:"))' true
expect "$work/audit.json" 'b.items.slice(-4)[0].org' 'BADINH-KIMMA'
run --json audit list --org BADINH-KIMMA >"$work/kimma.json"
expect "$work/kimma.json" 'b.total' 3
run --json audit list --org HANOI --actor demo >"$work/hanoi.json"
expect "$work/hanoi.json" 'b.total' 4  # the demo's grants inside Hà Nội (the admin's is global)
run --json audit verify >"$work/verify.json"
# Every record of the trail (the demo's own and the changes above) is in the chain.
expect "$work/verify.json" 'b.ok + " " + b.records + " " + b.problem' "true $(js "$work/audit.json" 'b.total') none"
head=$(js "$work/verify.json" 'b.head')
run audit verify --head "$head" >"$work/out"
grep -q 'nguyên vẹn' "$work/out" || fail "audit verify: $(cat "$work/out")"

echo "accounts_cli: tampering in the database is caught and named"
cp "$dbfile" "$work/clean.db"
restore() { cp "$work/clean.db" "$dbfile"; rm -f "$dbfile-wal" "$dbfile-shm"; }
tamper() {  # tamper SQL SEQ PROBLEM
  restore
  sql "DROP TRIGGER audit_records_no_update; DROP TRIGGER audit_records_no_delete; $1"
  expect_exit 1 "$3" audit verify
  grep -q "bản ghi số $2 " "$work/err" || fail "audit verify does not name record $2: $(cat "$work/err")"
  set +e; run --json audit verify >"$work/v.json" 2>/dev/null; set -e
  expect "$work/v.json" 'b.ok + " " + b.first_bad_seq + " " + b.problem' "false $2 $3"
}
tamper "UPDATE audit_records SET actor = 'someone.else' WHERE seq = 7" 7 edited
tamper "DELETE FROM audit_records WHERE seq = 4" 4 deleted
tamper "UPDATE audit_records SET seq = 1000000 WHERE seq = 3; UPDATE audit_records SET seq = 3 WHERE seq = 9; UPDATE audit_records SET seq = 9 WHERE seq = 1000000" 3 reordered
# The tail cut off: only a head recorded earlier shows it.
restore
sql "DROP TRIGGER audit_records_no_delete; DELETE FROM audit_records WHERE seq = (SELECT MAX(seq) FROM audit_records)"
run audit verify >/dev/null || fail "a cut tail without --head passes the chain"
expect_exit 1 truncated audit verify --head "$head"
# Without dropping the guards, the database refuses the change.
restore
if sql "UPDATE audit_records SET actor = 'x' WHERE seq = 1" 2>/dev/null; then
  fail "the database let an audit record change"
fi

echo "accounts_cli: ok"
