#!/usr/bin/env bash
# Elections and counting end to end (R-SURPLUS, R-ORDER, R-BALLOT-FORM, R-VALID, R-THRESHOLD,
# R-ROUNDS): a demo SQLite database, `daihoi serve` on a free port, Ba Đình's 2020-2025
# congress. A committee election of 5 seats with 6 candidates is created, its counting committee
# set and its list locked (the ballots PDF shows the names in ballot order); two clerks enter the
# same 20 ballots with one disagreement; the close is refused naming that ballot; a correction
# makes it closable (the event stream delivers the change); the closed count is checked against
# figures worked out by hand from the ballots and the roll's convened count; the chain verifies,
# the minutes print, the next round opens. Then the 4xx answers, the append-only entries, and the
# CLI: `daihoi election …` and `daihoi count …` on a second election, and a tampered copy of the
# database that `daihoi count verify` catches.
set -euo pipefail
bin=${DAIHOI_BIN:?DAIHOI_BIN must name the daihoi binary}

name=count_api.sh
source "$(dirname "$0")/lib/api_harness.sh"

mkdir -p "$work/web"
printf '<!doctype html><title>daihoi test</title>' >"$work/web/index.html"
start_server

put() { call PUT "$1" -H 'Content-Type: application/json' --data "$2"; }
elections=/congresses/BADINH/2020-2025/elections

echo "count_api: the roll's convened count (R-THRESHOLD base)"
call GET /congresses/BADINH/2020-2025/roll
expect_status 200
convened=$(js 'b.convened.convened')
excluded=$(js 'b.convened.excluded')
denominator=$(js 'b.convened.denominator')
votes_needed=$(js 'b.convened.votes_needed')
[ "$votes_needed" = $((denominator / 2 + 1)) ] || fail "roll: votes_needed $votes_needed for $denominator"
# The ballots below give at most 15 votes: with the demo's roll nobody reaches the threshold.
[ $((15 * 2)) -le "$denominator" ] || fail "the demo roll changed: denominator $denominator"

echo "count_api: create an election, its list and counting committee"
post "$elections" '{"kind": "committee", "seats": 5, "title": "Bầu  Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI"}'
expect_status 201
expect_json_type
election=$(js 'b.id')
expect 'b.org_code + "|" + b.org_name + "|" + b.term + "|" + b.kind + "|" + b.seats + "|" + b.alternates' \
  'BADINH|Đảng bộ quận Ba Đình|2020-2025|committee|5|0'
# Titles are normalized (NFC, one space); the defaults are the current regulation and double entry.
expect 'b.title' 'Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI'
expect 'b.profile + " " + b.required_clerks + " " + b.locked' 'party-2024 2 false'
expect 'b.list_digest === null && b.qr_payload === null && b.rounds.length === 0' true
call GET "$elections"
expect_status 200
expect "b.total === b.items.length && b.items.some(e => e.id === $election)" true

# Given out of ballot order: R-ORDER sorts by given name (An, Bình, Cường, Dung, Em, Giang).
candidates='{"candidates": [
  {"id": "c1", "full_name": "Trần Văn Bình", "birth_date": "1970-03-02", "gender": "male"},
  {"id": "c2", "full_name": "Nguyễn Thị An", "birth_date": "15/01/1975", "gender": "female"},
  {"id": "c3", "full_name": "Lê Văn Cường"},
  {"id": "c4", "full_name": "Phạm Thị Dung", "member_id": "", "gender": "female"},
  {"id": "c5", "full_name": "Hoàng Văn Em"},
  {"id": "c6", "full_name": "Đỗ Thị Giang"}]}'
put "/elections/$election/candidates" "$candidates"
expect_status 200
expect 'b.candidates.map(c => c.position + ":" + c.id).join(" ")' '1:c1 2:c2 3:c3 4:c4 5:c5 6:c6'
expect 'b.candidates[1].birth_date' '1975-01-15'
expect 'JSON.stringify(b.surplus)' '{"candidates":6,"seats":5,"ratio":20}'
put "/elections/$election/counting-committee" '{"members": ["Nguyễn Văn Trưởng (Trưởng ban)", "Lê Thị Phó", "Vũ Văn Viên"]}'
expect_status 200
expect 'b.counting_committee.join("|")' 'Nguyễn Văn Trưởng (Trưởng ban)|Lê Thị Phó|Vũ Văn Viên'
call GET "/elections/$election/ballots.pdf"
expect_error 409 conflict ''

echo "count_api: lock the list (R-SURPLUS, R-ORDER) and print the ballots"
post "/elections/$election/lock" ''
expect_status 200
expect 'b.locked && /^[0-9a-f]{64}$/.test(b.list_digest) && b.locked_at !== null' true
expect 'b.qr_payload' "DAIHOI-BALLOT/1/E$election/$(js 'b.list_digest')"
expect 'b.candidates.map(c => c.position + ":" + c.id).join(" ")' '1:c2 2:c1 3:c3 4:c4 5:c5 6:c6'
expect 'b.rounds.length + " " + b.rounds[0].number + " " + b.rounds[0].kind + " " + b.rounds[0].seats + " " + b.rounds[0].closed' '1 1 first 5 false'
expect 'JSON.stringify(b.rounds[0].candidates)' '[1,2,3,4,5,6]'
round=$(js 'b.rounds[0].id')
digest=$(js 'b.list_digest')
qr=$(js 'b.qr_payload')
cp "$work/body" "$work/election.json"
post "/elections/$election/lock" ''
expect_error 409 conflict ''
put "/elections/$election/candidates" "$candidates"
expect_error 409 conflict ''

call GET "/elections/$election/ballots.pdf?copies=3"
expect_status 200
case $ctype in application/pdf*) ;; *) fail "ballots content type $ctype" ;; esac
[ "$(head -c 5 "$work/body")" = "%PDF-" ] || fail "ballots.pdf is not a PDF"
cp "$work/body" "$work/ballots.pdf"
if command -v pdfinfo >/dev/null; then
  pages=$(pdfinfo "$work/ballots.pdf" | sed -n 's/^Pages: *//p')
  [ "$pages" = 3 ] || fail "ballots.pdf: $pages pages, expected 3 copies"
fi
pdftotext "$work/ballots.pdf" "$work/ballots.txt"
node -e '
  const text = require("fs").readFileSync(process.argv[1], "utf8").split("\f")[0];
  const names = process.argv.slice(2);
  let last = -1;
  for (const name of names) {
    const at = text.indexOf(name);
    if (at < 0) { console.error("ballot lacks " + name); process.exit(1); }
    if (at < last) { console.error(name + " out of ballot order"); process.exit(1); }
    last = at;
  }' "$work/ballots.txt" 'Nguyễn Thị An' 'Trần Văn Bình' 'Lê Văn Cường' 'Phạm Thị Dung' 'Hoàng Văn Em' 'Đỗ Thị Giang' ||
  fail "ballots.pdf does not list the names in ballot order: $(head -c 600 "$work/ballots.txt")"
grep -q 'PHIẾU BẦU CỬ' "$work/ballots.txt" || fail "ballots.pdf has no title"
grep -q "${digest:0:12}" "$work/ballots.txt" || fail "ballots.pdf does not print the list digest"
call GET "/elections/$election/ballots.pdf?paper=a4"
expect_status 200

echo "count_api: two clerks enter 20 ballots (indexes in the round's list, 0-based)"
# Ballot n strikes ballots[n]. 8 leaves 6 names (too_many), 9 strikes every name (none_left),
# 13 was not issued by the committee (unofficial): 17 valid ballots.
ballots=("" "[5]" "[4]" "[5]" "[0,1]" "[3]" "[5]" "[2]" "[]" "[0,1,2,3,4,5]" "[5]"
  "[4,5]" "[1]" "[5]" "[0]" "[5]" "[3,4]" "[2]" "[4]" "[5]" "[0,5]")
entry() { # CLERK NUMBER STRUCK [more JSON members]
  post "/rounds/$round/entries" "{\"clerk\": \"$1\", \"number\": $2, \"struck\": $3${4:+, $4}}"
}
for clerk in 'Máy 1' 'Máy 2'; do
  for n in $(seq 1 20); do
    struck=${ballots[$n]}
    # Máy 2 misreads ballot 17: the one disagreement.
    if [ "$clerk" = 'Máy 2' ] && [ "$n" = 17 ]; then struck='[1]'; fi
    extra=''
    if [ "$n" = 13 ]; then extra='"unofficial": true'; fi
    # Máy 1 scanned ballot 1's QR code: this election's current list, accepted.
    if [ "$clerk" = 'Máy 1' ] && [ "$n" = 1 ]; then extra="\"qr\": \"$qr\""; fi
    entry "$clerk" "$n" "$struck" "$extra"
    expect_status 201
    if [ "$n" = 1 ] || [ "$n" = 20 ]; then
      expect 'b.clerk + " " + b.number + " " + b.clerk_entries' "$clerk $n $n"
      expect '/^[0-9a-f]{64}$/.test(b.hash) && /^[0-9a-f]{64}$/.test(b.prev_hash) && b.hash !== b.prev_hash' true
    fi
  done
done
expect 'b.seq' 40
last_hash=$(js 'b.hash')

call GET "/rounds/$round/count"
expect_status 200
expect 'b.form + " " + b.round.closed + " " + b.round.convened' 'struck false null'
expect 'JSON.stringify(b.election)' "{\"id\":$election,\"title\":\"Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI\",\"kind\":\"committee\",\"seats\":5,\"alternates\":0,\"required_clerks\":2,\"org_code\":\"BADINH\",\"term\":\"2020-2025\"}"
expect 'b.candidates.map(c => c.index + "/" + c.position + "/" + c.id).join(" ")' '0/1/c2 1/2/c1 2/3/c3 3/4/c4 4/5/c5 5/6/c6'
expect 'JSON.stringify(b.clerks)' '[{"clerk":"Máy 1","entries":20},{"clerk":"Máy 2","entries":20}]'
expect 'b.reconciliation.agreed + " " + JSON.stringify(b.reconciliation.pending) + " " + b.reconciliation.closable' '19 [] false'
expect 'JSON.stringify(b.reconciliation.disagreements)' \
  '[{"number":17,"versions":[{"clerk":"Máy 1","ballot":{"struck":[2]}},{"clerk":"Máy 2","ballot":{"struck":[1]}}]}]'
# The agreed ballots are tallied as they stand, against the roll's current count.
expect 'b.result.ballots.received + " " + b.result.threshold.denominator' "19 $denominator"
expect 'b.chain.ok + " " + b.chain.head' "true $last_hash"

echo "count_api: the close is refused while ballot 17 disagrees"
post "/rounds/$round/close" '{"issued": 21}'
expect_error 409 conflict ''
expect 'b.error.message.includes("17")' true

echo "count_api: the correction, seen on the event stream"
api_curl -sN --max-time 30 "$base/rounds/$round/events" >"$work/events1" 2>/dev/null &
sse=$!
count_events() { grep -c '^event: count$' "$work/events1" || true; }
wait_for_events() {  # wait_for_events N: until the stream has sent N count events (10 s at most)
  for _ in $(seq 100); do
    [ "$(count_events)" -ge "$1" ] && return 0
    sleep 0.1
  done
}
wait_for_events 1  # the first view: the stream is open
entry 'Máy 2' 17 '[2]'
expect_status 201
expect 'b.seq + " " + b.clerk_entries + " " + b.prev_hash' "41 20 $last_hash"
wait_for_events 2
pkill -P "$sse" curl 2>/dev/null || true  # api_curl's curl runs under the background subshell
wait "$sse" 2>/dev/null || true
events=$(count_events)
[ "$events" -ge 2 ] || fail "event stream: $events count events, expected the first view and the change: $(head -c 300 "$work/events1")"
grep '^data: ' "$work/events1" | tail -1 | sed 's/^data: //' >"$work/body"
last="GET /rounds/$round/events"
expect 'b.reconciliation.agreed + " " + b.reconciliation.closable + " " + b.reconciliation.disagreements.length' '20 true 0'
grep -m 1 '^data: ' "$work/events1" | sed 's/^data: //' >"$work/body"
expect 'b.reconciliation.disagreements.length + " " + b.chain.head' "1 $last_hash"

echo "count_api: errors name the field"
entry 'Máy 1' 1 '[0, "x"]'
expect_error 400 invalid_input 'struck[1]'
entry 'Máy 1' 1 '[1, 6]'
expect_error 400 invalid_input 'struck[1]'
entry 'Máy 1' 0 '[1]'
expect_error 400 invalid_input number
post "/rounds/$round/entries" '{"number": 1, "struck": [1]}'
expect_error 400 invalid_input clerk
post "/rounds/$round/entries" '{"clerk": "Máy 1", "number": 1, "marks": {"0": "agree", "3": "maybe"}}'
expect_error 400 invalid_input marks.3
# R-BALLOT-FORM: a list with a surplus is voted by striking names.
post "/rounds/$round/entries" '{"clerk": "Máy 1", "number": 1, "marks": {"0": "agree"}}'
expect_error 400 invalid_input marks
post "/rounds/$round/entries" '{"clerk": "Máy 1", "number": 1, "struck": [1], "unofficial": "no"}'
expect_error 400 invalid_input unofficial
post "/rounds/$round/entries" 'not json'
expect_error 400 invalid_input body
# A scanned ballot of another election, of a list printed before the current one, or a code that
# is no ballot's: refused, nothing appended (the entries are counted below).
entry 'Máy 1' 21 '[5]' "\"qr\": \"DAIHOI-BALLOT/1/E999999/$digest\""
expect_error 400 invalid_input qr
expect 'b.error.message.includes("phiếu của cuộc bầu cử khác")' true
entry 'Máy 1' 21 '[5]' "\"qr\": \"DAIHOI-BALLOT/1/E$election/$(printf '0%.0s' $(seq 64))\""
expect_error 400 invalid_input qr
expect 'b.error.message.includes("phiếu in từ danh sách cũ")' true
entry 'Máy 1' 21 '[5]' '"qr": "8935049501234"'
expect_error 400 invalid_input qr
expect 'b.error.message.includes("mã QR không đọc được")' true
post /rounds/999999/entries '{"clerk": "Máy 1", "number": 1, "struck": [1]}'
expect_error 404 not_found id
call GET /rounds/abc/count
expect_error 400 invalid_input id
call GET /elections/999999
expect_error 404 not_found id
post "/rounds/$round/close" '{"convened": 100}'
expect_error 400 invalid_input convened
post "/rounds/$round/close" '{"issued": -1}'
expect_error 400 invalid_input issued
post "/rounds/$round/close" '{"exclusions": [{"reason": "bored", "count": 1}]}'
expect_error 400 invalid_input 'exclusions[0].reason'
call GET "/rounds/$round/minutes.pdf"
expect_error 409 conflict ''
call GET "/elections/$election/ballots.pdf?copies=0"
expect_error 400 invalid_input copies
call GET "/elections/$election/ballots.pdf?paper=a3"
expect_error 400 invalid_input paper
post "$elections" '{"kind": "committee", "seats": 0, "title": "X"}'
expect_error 400 invalid_input seats
post "$elections" '{"kind": "king", "seats": 1, "title": "X"}'
expect_error 400 invalid_input kind
post "$elections" '{"kind": "committee", "seats": 3, "title": "X", "alternates": 1}'
expect_error 400 invalid_input alternates
post "$elections" '{"kind": "committee", "seats": 3, "title": "X", "required_clerks": 5}'
expect_error 400 invalid_input required_clerks
post "$elections" '{"kind": "committee", "seats": 3, "title": " "}'
expect_error 400 invalid_input title
post /congresses/NOPE/2020-2025/elections '{"kind": "committee", "seats": 3, "title": "X"}'
expect_error 404 not_found code
post /congresses/BADINH/2035-2040/elections '{"kind": "committee", "seats": 3, "title": "X"}'
expect_error 404 not_found term
call GET /congresses/BADINH/2035-2040/elections
expect_error 404 not_found term
# A second election: bad lists, and R-SURPLUS at lock (3–5 seats: a surplus of one at most).
post "$elections" '{"kind": "standing_committee", "seats": 3, "title": "Bầu Ban Thường vụ"}'
expect_status 201
standing=$(js 'b.id')
put "/elections/$standing/candidates" '{"candidates": [{"id": "a", "full_name": "A B"}, {"id": "a", "full_name": "C D"}]}'
expect_error 400 invalid_input 'candidates[1].id'
put "/elections/$standing/candidates" '{"candidates": [{"id": "a", "full_name": "A B", "birth_date": "31/02/1970"}]}'
expect_error 400 invalid_input 'candidates[0].birth_date'
put "/elections/$standing/candidates" '{"candidates": [{"id": "a", "full_name": "  "}]}'
expect_error 400 invalid_input 'candidates[0].full_name'
put "/elections/$standing/counting-committee" '{"members": ["Lê Văn A", "Lê Văn  A"]}'
expect_error 400 invalid_input 'members[1]'
put "/elections/$standing/candidates" '{"candidates": [{"id": "a", "full_name": "Lê Văn A"}, {"id": "b", "full_name": "Lê Văn B"}, {"id": "c", "full_name": "Lê Văn C"}, {"id": "d", "full_name": "Lê Văn D"}, {"id": "e", "full_name": "Lê Văn E"}]}'
expect_status 200
post "/elections/$standing/lock" ''
expect_status 422
expect 'b.error.code + " " + b.error.rule' 'rule_violation R-SURPLUS'
call GET "/elections/$standing"
expect 'b.locked + " " + b.rounds.length' 'false 0'
# Nothing above touched the count.
call GET "/rounds/$round/entries"
expect_status 200
expect 'b.total + " " + b.items.map(e => e.seq).join(",")' "41 $(seq -s, 1 41)"

echo "count_api: close the round; the result as worked out by hand"
post "/rounds/$round/close" '{"issued": 21}'
expect_status 200
expect 'b.round.closed && b.round.closed_at !== null' true
expect 'b.round.convened + " " + b.round.issued + " " + b.round.chain_head' "$convened 21 $(js 'b.chain.head')"
expect 'b.chain.ok' true
expect 'JSON.stringify(b.result.ballots)' '{"issued":21,"received":20,"valid":17,"invalid":3,"invalid_by_reason":{"unofficial":1,"too_many":1,"none_left":1}}'
expect 'JSON.stringify(b.result.threshold)' "{\"convened\":$convened,\"excluded\":$excluded,\"denominator\":$denominator,\"votes_needed\":$votes_needed}"
# Of the 17 valid ballots, An is struck on 3, Bình, Cường and Dung on 2, Em on 4, Giang on 8.
expect 'b.result.candidates.map(c => c.id + "=" + c.votes).join(" ")' 'c2=14 c1=15 c3=15 c4=15 c5=13 c6=9'
pct() { node -e "console.log(String(Math.round($1 * 10000 / $2) / 100))"; }
expect 'b.result.candidates.map(c => c.percent_of_valid).join(" ")' \
  "$(pct 14 17) $(pct 15 17) $(pct 15 17) $(pct 15 17) $(pct 13 17) $(pct 9 17)"
expect 'b.result.candidates.map(c => c.percent_of_denominator).join(" ")' \
  "$(pct 14 "$denominator") $(pct 15 "$denominator") $(pct 15 "$denominator") $(pct 15 "$denominator") $(pct 13 "$denominator") $(pct 9 "$denominator")"
# R-THRESHOLD: more than half of the convened base, not of the ballots: nobody is elected.
expect 'b.result.candidates.every(c => c.status === "not_elected")' true
expect 'JSON.stringify(b.result.elected) + " " + b.result.unfilled_seats + " " + b.result.next' '[] 5 further_round'
expect 'b.result.profile' party-2024
cp "$work/body" "$work/closed.json"
head=$(js 'b.chain.head')
call GET "/rounds/$round/count"
expect 'JSON.stringify(b) === JSON.stringify(JSON.parse(require("fs").readFileSync(process.argv[1].replace(/body$/, "closed.json"), "utf8")))' true

echo "count_api: a closed round is final"
entry 'Máy 1' 21 '[1]'
expect_error 409 conflict ''
post "/rounds/$round/close" '{"issued": 21}'
expect_error 409 conflict ''
put "/elections/$election/counting-committee" '{"members": ["Người Khác"]}'
expect_error 409 conflict ''
call GET "/rounds/$round/verify"
expect_status 200
expect 'JSON.stringify(b)' "{\"entries\":41,\"head\":\"$head\",\"ok\":true,\"first_bad_seq\":null}"
call GET "/rounds/$round/entries?clerk=M%C3%A1y%202"
expect_status 200
expect 'b.total + " " + b.items.every(e => e.clerk === "Máy 2")' '21 true'
expect 'b.items[20].seq + " " + b.items[20].number + " " + b.items[20].payload + " " + b.items[20].hash' "41 17 S:2 $head"
expect 'b.items[12].payload' 'S:5|U'

# The stream of a closed round sends the final view and ends by itself.
set +e
api_curl -sN --max-time 10 "$base/rounds/$round/events" >"$work/events2" 2>/dev/null
rc=$?
set -e
[ "$rc" = 0 ] || fail "the event stream of a closed round did not end by itself (curl exit $rc)"
[ "$(grep -c '^event: count$' "$work/events2")" = 1 ] || fail "closed round stream: $(head -c 300 "$work/events2")"
grep '^data: ' "$work/events2" | sed 's/^data: //' >"$work/body"
last="GET /rounds/$round/events (closed)"
expect 'b.round.closed + " " + b.result.candidates[0].votes' 'true 14'

echo "count_api: the minutes"
call GET "/rounds/$round/minutes.pdf"
expect_status 200
case $ctype in application/pdf*) ;; *) fail "minutes content type $ctype" ;; esac
[ "$(head -c 5 "$work/body")" = "%PDF-" ] || fail "minutes.pdf is not a PDF"
pdftotext "$work/body" "$work/minutes.txt"
grep -q 'BIÊN BẢN' "$work/minutes.txt" || fail "minutes.pdf has no title: $(head -c 400 "$work/minutes.txt")"
grep -q 'Hoàng Văn Em' "$work/minutes.txt" || fail "minutes.pdf does not name the candidates"
grep -q 'Vũ Văn Viên' "$work/minutes.txt" || fail "minutes.pdf does not name the counting committee"

echo "count_api: the next round (R-ROUNDS: the congress decides for a committee)"
post "/rounds/$round/next" ''
expect_status 422
expect 'b.error.code + " " + b.error.rule' 'rule_violation R-ROUNDS'
post "/rounds/$round/next" '{"congress_decided": "yes"}'
expect_error 400 invalid_input congress_decided
post "/rounds/$round/next" '{"congress_decided": true}'
expect_status 201
expect 'b.number + " " + b.kind + " " + b.seats + " " + b.closed' '2 further_round 5 false'
round2=$(js 'b.id')
call GET "/elections/$election"
expect "b.rounds.map(r => r.id).join(' ')" "$round $round2"
call GET "/rounds/$round2/count"
expect 'b.clerks.length + " " + b.reconciliation.agreed + " " + b.chain.head' '0 0 '

echo "count_api: entries are append-only in the database"
sqlite3 "$work/demo.db" "SELECT count(*) FROM ballot_entries WHERE round_id = $round" >"$work/n" ||
  fail "sqlite3 cannot read the database"
[ "$(cat "$work/n")" = 41 ] || fail "ballot_entries: $(cat "$work/n") rows"
set +e
sqlite3 "$work/demo.db" "UPDATE ballot_entries SET payload = 'S:0' WHERE round_id = $round AND seq = 5" 2>"$work/err"
rc_update=$?
sqlite3 "$work/demo.db" "DELETE FROM ballot_entries WHERE round_id = $round AND seq = 41" 2>>"$work/err"
rc_delete=$?
set -e
[ "$rc_update" != 0 ] || fail "an UPDATE of a ballot entry was accepted"
[ "$rc_delete" != 0 ] || fail "a DELETE of a ballot entry was accepted"
grep -q 'append-only' "$work/err" || fail "not refused by the append-only triggers: $(cat "$work/err")"
call GET "/rounds/$round/verify"
expect 'b.ok + " " + b.entries' 'true 41'

echo "count_api: daihoi election and daihoi count (a secretary, agree / disagree ballots)"
cli() { "$bin" --db "$db" "$@"; }
cli election create --congress BADINH --term 2020-2025 --kind secretary --seats 1 \
  --title 'Bầu Bí thư Đảng ủy quận' --committee 'Nguyễn Văn Trưởng' 'Lê Thị Phó' --json >"$work/body" ||
  fail "election create failed"
last="daihoi election create"
secretary=$(js 'b.id')
expect 'b.kind + " " + b.counting_committee.length' 'secretary 2'
set +e
cli election create --congress BADINH --term 2020-2025 --kind secretary --seats 0 --title X >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "election create --seats 0: exit $rc, expected 2"
grep -q -- '--seats' "$work/err" || fail "election create: the error does not name --seats: $(cat "$work/err")"

cat >"$work/bad.csv" <<'EOF'
STT,Họ và tên,Ngày sinh,Giới tính
1,Phan Văn Bí Thư,31/02/1970,nam
EOF
set +e
cli election candidates "$secretary" "$work/bad.csv" >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "election candidates with a bad date: exit $rc, expected 2"
grep -q "bad.csv, row 2, column birth_date" "$work/err" || fail "election candidates: error not located: $(cat "$work/err")"
cat >"$work/secretary.csv" <<'EOF'
STT,Họ và tên,Ngày sinh,Giới tính,Mã đảng viên
1,Phan Văn Bí Thư,01/02/1970,nam,
EOF
cli election candidates "$secretary" "$work/secretary.csv" >"$work/out.txt" || fail "election candidates failed"
grep -q '1. Phan Văn Bí Thư (sinh 01/02/1970)' "$work/out.txt" || fail "election candidates: $(cat "$work/out.txt")"
set +e
cli election ballots "$secretary" --out "$work/s.pdf" >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "ballots of an unlocked list: exit $rc, expected 2"
[ ! -e "$work/s.pdf" ] || fail "ballots of an unlocked list wrote a file"
cli election lock "$secretary" >"$work/out.txt" || fail "election lock failed"
grep -q 'Mã danh sách: [0-9a-f]\{64\}' "$work/out.txt" || fail "election lock: no digest: $(cat "$work/out.txt")"
cli election ballots "$secretary" --out "$work/s.pdf" --copies 2 --paper a5 >"$work/out.txt" ||
  fail "election ballots failed"
pdftotext "$work/s.pdf" "$work/s.txt"
grep -q 'Phan Văn Bí Thư' "$work/s.txt" || fail "secretary ballots lack the name"
grep -qi 'đồng ý' "$work/s.txt" || fail "a list without surplus prints agree / disagree boxes (R-BALLOT-FORM)"
cli election show "$secretary" --json >"$work/body"
last="daihoi election show --json"
expect 'b.locked + " " + b.rounds.length + " " + b.candidates[0].id' 'true 1 c1'
sround=$(js 'b.rounds[0].id')

printf '1: 1a\n2: 1d\n3: 1a | m\n' >"$work/clerk_a.txt"
printf '1: 1a\n2: 1d\n3: 1a | m\n4: 1a\n' >"$work/clerk_b.txt"
printf '1: 1a\n2: 2a\n' >"$work/clerk_bad.txt"
set +e
cli count enter "$sround" --clerk 'Bàn 1' "$work/clerk_bad.txt" >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "count enter with a bad line: exit $rc, expected 2"
grep -q 'clerk_bad.txt, row 2' "$work/err" || fail "count enter: the bad line is not named: $(cat "$work/err")"
cli count enter "$sround" --clerk 'Bàn 1' "$work/clerk_a.txt" >"$work/out.txt" || fail "count enter failed"
grep -q 'Đã nhập 3 phiếu của Bàn 1' "$work/out.txt" || fail "count enter: $(cat "$work/out.txt")"
cli count enter "$sround" --clerk 'Bàn 2' "$work/clerk_b.txt" --json >"$work/body" || fail "count enter failed"
last="daihoi count enter --json"
expect 'b.entries + " " + b.first_seq + " " + b.last_seq' '4 4 7'
cli count show "$sround" >"$work/show.txt" || fail "count show failed"
grep -q 'Phiếu đã khớp: 3$' "$work/show.txt" || fail "count show: $(cat "$work/show.txt")"
grep -q 'Phiếu chờ nhập đủ: 1 (số 4)$' "$work/show.txt" || fail "count show: pending ballot 4 missing"
set +e
cli count close "$sround" >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "count close with a pending ballot: exit $rc, expected 2"
grep -q 'số 4' "$work/err" || fail "count close does not name ballot 4: $(cat "$work/err")"
set +e
cli count minutes "$sround" --out "$work/open-minutes.pdf" >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" != 0 ] || fail "count minutes of an open round succeeded"
[ ! -e "$work/open-minutes.pdf" ] || fail "count minutes of an open round wrote a file"
printf '4: 1a\n' | cli count enter "$sround" --clerk 'Bàn 1' - >/dev/null || fail "count enter - failed"
cli count close "$sround" --issued 4 --json >"$work/body" || fail "count close failed"
last="daihoi count close --json"
expect 'b.form + " " + b.round.closed + " " + b.round.issued' 'marks true 4'
# Ballot 3 carries a mark identifying the voter: invalid under party-2024 (R-VALID).
expect 'b.result.candidates[0].votes + " " + b.result.ballots.valid + " " + JSON.stringify(b.result.ballots.invalid_by_reason)' '2 3 {"marked":1}'
cli count show "$sround" >"$work/show.txt" || fail "count show failed"
grep -q '1. Phan Văn Bí Thư: 2 phiếu' "$work/show.txt" || fail "count show of a closed round: $(cat "$work/show.txt")"
cli count minutes "$sround" --out "$work/minutes.pdf" >"$work/out.txt" || fail "count minutes failed"
pdftotext -layout "$work/minutes.pdf" "$work/minutes.txt"
grep -q 'BIÊN BẢN KIỂM PHIẾU' "$work/minutes.txt" || fail "count minutes: not the minutes"
grep -q 'Phan Văn Bí Thư' "$work/minutes.txt" || fail "count minutes: the candidate is missing"
cli count verify "$sround" >"$work/out.txt" || fail "count verify of an intact round failed"
grep -q '8 bản ghi, nguyên vẹn' "$work/out.txt" || fail "count verify: $(cat "$work/out.txt")"
cli count verify "$round" >/dev/null || fail "count verify of the API's round failed"

echo "count_api: a tampered copy of the database fails verification"
sqlite3 "$work/demo.db" ".backup '$work/tampered.db'"
sqlite3 "$work/tampered.db" "DROP TRIGGER ballot_entries_no_update; UPDATE ballot_entries SET payload = 'S:0' WHERE round_id = $round AND seq = 5"
set +e
"$bin" --db "sqlite:$work/tampered.db" count verify "$round" >/dev/null 2>"$work/err"
rc=$?
set -e
[ "$rc" = 1 ] || fail "count verify of a tampered round: exit $rc, expected 1"
grep -q 'first bad seq 5' "$work/err" || fail "count verify does not name seq 5: $(cat "$work/err")"
"$bin" --db "sqlite:$work/tampered.db" count verify "$round" --json >"$work/body" 2>/dev/null || true
last="daihoi count verify --json (tampered)"
expect 'b.ok + " " + b.first_bad_seq' 'false 5'

echo "count_api.sh: all checks passed"
