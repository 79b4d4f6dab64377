// The contract of app::ElectionStore (app/ports/election_store.h), on SQLite and on PostgreSQL
// (store_contract_fixture.h): elections, ballot lists, rounds and the append-only, hash-chained
// ballot entries.
#include <gtest/gtest.h>

#include <cstdio>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "app/ports/election_store.h"
#include "storage/open.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using app::BallotEntryRecord;
using app::CandidateRecord;
using app::ElectionRecord;
using app::RoundKind;
using app::RoundRecord;
using election::ElectionKind;
using election::ExclusionReason;

const char* const kTerm = "2025-2030";

ElectionRecord Committee(std::string org_code = "BD", std::string term = kTerm) {
  ElectionRecord election;
  election.org_code = std::move(org_code);
  election.term = std::move(term);
  election.kind = ElectionKind::kCommittee;
  election.seats = 3;
  election.title = "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI";
  election.profile = "party-2024";
  election.required_clerks = 2;
  election.counting_committee = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"};
  return election;
}

CandidateRecord Candidate(std::string id, std::string name, std::string birth = "") {
  CandidateRecord candidate;
  candidate.id = std::move(id);
  candidate.full_name = std::move(name);
  if (!birth.empty()) candidate.birth_date = Date::Parse(birth);
  return candidate;
}

std::vector<CandidateRecord> List() {
  auto first = Candidate("c1", "Phạm Văn Đông", "1970-05-02");
  first.member_id = "HN-0001";
  first.gender = "Nam";
  return {first, Candidate("c2", "Võ Thị Sáu"), Candidate("c3", "Nguyễn Thị Minh Khai"),
          Candidate("c4", "Trần Phú", "1904-05-01")};
}

std::vector<std::string> CandidateIds(const std::vector<CandidateRecord>& candidates) {
  std::vector<std::string> ids;
  for (const auto& candidate : candidates) ids.push_back(candidate.id);
  return ids;
}

RoundRecord Round(int number, std::vector<int> candidates, RoundKind kind = RoundKind::kFirst) {
  RoundRecord round;
  round.number = number;
  round.kind = kind;
  round.candidates = std::move(candidates);
  round.seats = 3;
  return round;
}

// A stand-in for app::EntryHash (FNV-1a, 64 bits): the store only needs a seal that chains.
std::string TestHash(const BallotEntryRecord& entry) {
  uint64_t hash = 1469598103934665603ULL;
  for (const std::string& part :
       {entry.prev_hash, std::to_string(entry.round_id), std::to_string(entry.seq), entry.clerk,
        std::to_string(entry.number), entry.payload, entry.entered_at}) {
    for (char c : part + '\x1f') {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

void Seal(BallotEntryRecord& entry) {
  if (entry.prev_hash.empty()) entry.prev_hash = "genesis-" + std::to_string(entry.round_id);
  entry.hash = TestHash(entry);
}

BallotEntryRecord Draft(int64_t round_id, std::string clerk, int64_t number,
                        std::string payload = "S:1") {
  BallotEntryRecord draft;
  draft.round_id = round_id;
  draft.clerk = std::move(clerk);
  draft.number = number;
  draft.payload = std::move(payload);
  return draft;
}

bool IsUtcMillis(const std::string& text) {
  static const std::regex kFormat(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)");
  return std::regex_match(text, kFormat);
}

class ElectionStoreContract : public StoreContract {
 protected:
  // The way adapters reach the elections of an opened store.
  app::ElectionStore& elections() { return app::ElectionsOf(*store_); }

  // A committee election of BD with List() locked in that order and round 1 open with all four.
  void LockedElection(int64_t& election_id, int64_t& round_id) {
    LoadHanoi();
    auto created = elections().CreateElection(Committee());
    ASSERT_TRUE(created.ok()) << created.error().message;
    election_id = *created;
    auto locked = elections().LockElection(election_id, List(), "digest-1", Round(1, {0, 1, 2, 3}));
    ASSERT_TRUE(locked.ok()) << locked.error().message;
    auto rounds = elections().Rounds(election_id);
    ASSERT_TRUE(rounds.ok()) << rounds.error().message;
    ASSERT_EQ(rounds->size(), 1u);
    round_id = rounds->front().id;
  }

  BallotEntryRecord Append(const BallotEntryRecord& draft) {
    auto appended = elections().AppendBallotEntry(draft, Seal);
    EXPECT_TRUE(appended.ok()) << appended.error().message;
    return appended.ok() ? *appended : BallotEntryRecord{};
  }

  std::vector<BallotEntryRecord> Entries(int64_t round_id) {
    std::vector<BallotEntryRecord> entries;
    auto s = elections().ForEachBallotEntry(
        round_id, [&](const BallotEntryRecord& entry) { entries.push_back(entry); });
    EXPECT_TRUE(s.ok()) << s.error().message;
    return entries;
  }

  // The snapshot CloseRound freezes, naming the round's current chain head.
  RoundRecord Snapshot(int64_t round_id) {
    auto round = elections().FindRound(round_id);
    EXPECT_TRUE(round.ok() && round->has_value());
    RoundRecord snapshot = round.ok() && round->has_value() ? **round : RoundRecord{};
    auto entries = Entries(round_id);
    snapshot.chain_head = entries.empty() ? "" : entries.back().hash;
    snapshot.convened = 250;
    snapshot.exclusions = {{ExclusionReason::kAbsentWithReason, 4},
                           {ExclusionReason::kSuspended, 1}};
    snapshot.issued = 244;
    return snapshot;
  }
};

TEST_P(ElectionStoreContract, ElectionsRoundTripAndListByCongressInIdOrder) {
  LoadHanoi();
  auto first = elections().CreateElection(Committee());
  ASSERT_TRUE(first.ok()) << first.error().message;
  ElectionRecord secretary = Committee();
  secretary.kind = ElectionKind::kSecretary;
  secretary.seats = 1;
  secretary.title = "Bầu Bí thư";
  secretary.required_clerks = 3;
  secretary.counting_committee.clear();
  auto second = elections().CreateElection(secretary);
  ASSERT_TRUE(second.ok()) << second.error().message;
  ElectionRecord delegates = Committee("BD", "2020-2025");
  delegates.kind = ElectionKind::kDelegates;
  delegates.seats = 30;
  delegates.alternates = 3;
  ASSERT_TRUE(elections().CreateElection(delegates).ok());
  EXPECT_GT(*second, *first);

  Reopen();
  auto found = elections().FindElection(*first);
  ASSERT_TRUE(found.ok()) << found.error().message;
  ASSERT_TRUE(found->has_value());
  const ElectionRecord& election = **found;
  EXPECT_EQ(election.id, *first);
  EXPECT_EQ(election.org_code, "BD");
  EXPECT_EQ(election.term, kTerm);
  EXPECT_EQ(election.kind, ElectionKind::kCommittee);
  EXPECT_EQ(election.seats, 3);
  EXPECT_EQ(election.alternates, 0);
  EXPECT_EQ(election.title, Committee().title);
  EXPECT_EQ(election.profile, "party-2024");
  EXPECT_EQ(election.required_clerks, 2);
  EXPECT_EQ(election.counting_committee, Committee().counting_committee);
  EXPECT_EQ(election.list_digest, "");
  EXPECT_EQ(election.locked_at, "");
  EXPECT_TRUE(IsUtcMillis(election.created_at)) << election.created_at;

  auto listed = elections().Elections("BD", kTerm);
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].id, *first);
  EXPECT_EQ((*listed)[1].id, *second);
  EXPECT_EQ((*listed)[1].kind, ElectionKind::kSecretary);
  EXPECT_EQ((*listed)[1].required_clerks, 3);
  EXPECT_TRUE((*listed)[1].counting_committee.empty());
  auto older = elections().Elections("BD", "2020-2025");
  ASSERT_TRUE(older.ok());
  ASSERT_EQ(older->size(), 1u);
  EXPECT_EQ(older->front().kind, ElectionKind::kDelegates);
  EXPECT_EQ(older->front().alternates, 3);
  EXPECT_TRUE(elections().Elections("HK", kTerm)->empty());
}

TEST_P(ElectionStoreContract, UnknownIdsAreNotFoundOrNothing) {
  LoadHanoi();
  EXPECT_EQ(elections().CreateElection(Committee("NOPE")).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(elections().Elections("NOPE", kTerm).error().code, ErrorCode::kNotFound);
  auto election = elections().FindElection(404);
  ASSERT_TRUE(election.ok()) << election.error().message;
  EXPECT_FALSE(election->has_value());
  auto round = elections().FindRound(404);
  ASSERT_TRUE(round.ok()) << round.error().message;
  EXPECT_FALSE(round->has_value());
  EXPECT_EQ(elections().SetCountingCommittee(404, {"A"}).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(elections().ReplaceCandidates(404, List()).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(elections().Candidates(404).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(elections().LockElection(404, List(), "d", Round(1, {0})).error().code,
            ErrorCode::kNotFound);
  RoundRecord next = Round(2, {0});
  next.election_id = 404;
  EXPECT_EQ(elections().AddRound(next).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(elections().Rounds(404).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(elections().AppendBallotEntry(Draft(404, "A", 1), Seal).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(elections().ForEachBallotEntry(404, [](const BallotEntryRecord&) {}).error().code,
            ErrorCode::kNotFound);
  RoundRecord close;
  close.id = 404;
  EXPECT_EQ(elections().CloseRound(close).error().code, ErrorCode::kNotFound);
}

TEST_P(ElectionStoreContract, CountingCommitteeIsReplacedInOrder) {
  LoadHanoi();
  auto id = elections().CreateElection(Committee());
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(elections().SetCountingCommittee(*id, {"Đỗ Mười", "Lê Duẩn"}).ok());
  EXPECT_EQ((*elections().FindElection(*id))->counting_committee,
            (std::vector<std::string>{"Đỗ Mười", "Lê Duẩn"}));
  ASSERT_TRUE(elections().SetCountingCommittee(*id, {}).ok());
  EXPECT_TRUE((*elections().FindElection(*id))->counting_committee.empty());
}

TEST_P(ElectionStoreContract, CandidatesAreReplacedAsAWholeInOrderUntilLocked) {
  LoadHanoi();
  auto id = elections().CreateElection(Committee());
  ASSERT_TRUE(id.ok());
  auto empty = elections().Candidates(*id);
  ASSERT_TRUE(empty.ok()) << empty.error().message;
  EXPECT_TRUE(empty->empty());

  ASSERT_TRUE(elections().ReplaceCandidates(*id, List()).ok());
  auto stored = elections().Candidates(*id);
  ASSERT_TRUE(stored.ok()) << stored.error().message;
  EXPECT_EQ(CandidateIds(*stored), (std::vector<std::string>{"c1", "c2", "c3", "c4"}));
  EXPECT_EQ((*stored)[0].full_name, "Phạm Văn Đông");
  EXPECT_EQ((*stored)[0].birth_date, Date::Parse("1970-05-02"));
  EXPECT_EQ((*stored)[0].member_id, "HN-0001");
  EXPECT_EQ((*stored)[0].gender, "Nam");
  EXPECT_FALSE((*stored)[1].birth_date.has_value());
  EXPECT_EQ((*stored)[1].member_id, "");

  ASSERT_TRUE(elections().ReplaceCandidates(*id, {List()[3], List()[0]}).ok());
  EXPECT_EQ(CandidateIds(*elections().Candidates(*id)), (std::vector<std::string>{"c4", "c1"}));

  // A repeated id is refused, naming it, and the list stays as it was.
  auto twice = elections().ReplaceCandidates(*id, {List()[1], List()[2], List()[1]});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(twice.error().field, "candidates[2].id");
  EXPECT_EQ(CandidateIds(*elections().Candidates(*id)), (std::vector<std::string>{"c4", "c1"}));
}

TEST_P(ElectionStoreContract, LockingStoresTheBallotOrderTheDigestAndOpensRoundOne) {
  LoadHanoi();
  auto id = elections().CreateElection(Committee());
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(elections().ReplaceCandidates(*id, List()).ok());
  // R-ORDER puts the list in ballot order at locking: here c4, c2, c1, c3.
  auto list = List();
  std::vector<CandidateRecord> ordered = {list[3], list[1], list[0], list[2]};
  RoundRecord first = Round(1, {0, 1, 2, 3});
  first.id = 999;             // ignored
  first.election_id = 12345;  // the election locked is the one named
  auto locked = elections().LockElection(*id, ordered, "sha256-of-the-list", first);
  ASSERT_TRUE(locked.ok()) << locked.error().message;
  EXPECT_EQ(locked->id, *id);
  EXPECT_EQ(locked->list_digest, "sha256-of-the-list");
  EXPECT_TRUE(IsUtcMillis(locked->locked_at)) << locked->locked_at;
  EXPECT_EQ(locked->counting_committee, Committee().counting_committee);

  Reopen();
  EXPECT_EQ(CandidateIds(*elections().Candidates(*id)),
            (std::vector<std::string>{"c4", "c2", "c1", "c3"}));
  EXPECT_EQ((*elections().FindElection(*id))->locked_at, locked->locked_at);
  auto rounds = elections().Rounds(*id);
  ASSERT_TRUE(rounds.ok()) << rounds.error().message;
  ASSERT_EQ(rounds->size(), 1u);
  const RoundRecord& round = rounds->front();
  EXPECT_NE(round.id, 999);
  EXPECT_EQ(round.election_id, *id);
  EXPECT_EQ(round.number, 1);
  EXPECT_EQ(round.kind, RoundKind::kFirst);
  EXPECT_EQ(round.candidates, (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(round.seats, 3);
  EXPECT_EQ(round.alternates, 0);
  EXPECT_FALSE(round.closed);
  EXPECT_EQ(round.closed_at, "");
  EXPECT_FALSE(round.issued.has_value());
  EXPECT_TRUE(round.exclusions.empty());
  EXPECT_EQ(round.chain_head, "");

  // Locked once: the list no longer changes; the committee still may until a round closes.
  auto again = elections().LockElection(*id, ordered, "other", Round(1, {0}));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(elections().ReplaceCandidates(*id, List()).error().code, ErrorCode::kConflict);
  EXPECT_EQ((*elections().FindElection(*id))->list_digest, "sha256-of-the-list");
  EXPECT_EQ(elections().Rounds(*id)->size(), 1u);
  EXPECT_TRUE(elections().SetCountingCommittee(*id, {"Hồ Tùng Mậu"}).ok());
}

TEST_P(ElectionStoreContract, ABadFirstRoundLocksNothing) {
  LoadHanoi();
  auto id = elections().CreateElection(Committee());
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(elections().ReplaceCandidates(*id, List()).ok());
  auto list = List();
  auto wrong_number = elections().LockElection(*id, {list[1], list[0]}, "d", Round(2, {0, 1}));
  ASSERT_FALSE(wrong_number.ok());
  EXPECT_EQ(wrong_number.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(wrong_number.error().field, "number");
  auto off_the_list = elections().LockElection(*id, {list[1], list[0]}, "d", Round(1, {0, 2}));
  ASSERT_FALSE(off_the_list.ok());
  EXPECT_EQ(off_the_list.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(off_the_list.error().field, "candidates");

  auto election = elections().FindElection(*id);
  EXPECT_EQ((*election)->locked_at, "");
  EXPECT_EQ((*election)->list_digest, "");
  EXPECT_EQ(CandidateIds(*elections().Candidates(*id)),
            (std::vector<std::string>{"c1", "c2", "c3", "c4"}));
  EXPECT_TRUE(elections().Rounds(*id)->empty());
}

TEST_P(ElectionStoreContract, ANewRoundFollowsAClosedOneWithTheNextNumber) {
  LoadHanoi();
  auto id = elections().CreateElection(Committee());
  ASSERT_TRUE(id.ok());
  RoundRecord early = Round(1, {});
  early.election_id = *id;
  EXPECT_EQ(elections().AddRound(early).error().code, ErrorCode::kConflict);  // not locked

  ASSERT_TRUE(elections().LockElection(*id, List(), "d", Round(1, {0, 1, 2, 3})).ok());
  const int64_t first = elections().Rounds(*id)->front().id;
  RoundRecord revote = Round(2, {3, 1}, RoundKind::kRevoteTied);
  revote.election_id = *id;
  revote.seats = 1;
  revote.alternates = 0;
  auto while_open = elections().AddRound(revote);
  ASSERT_FALSE(while_open.ok());
  EXPECT_EQ(while_open.error().code, ErrorCode::kConflict);

  Append(Draft(first, "A", 1));
  ASSERT_TRUE(elections().CloseRound(Snapshot(first)).ok());

  RoundRecord skipping = revote;
  skipping.number = 3;
  auto skipped = elections().AddRound(skipping);
  ASSERT_FALSE(skipped.ok());
  EXPECT_EQ(skipped.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(skipped.error().field, "number");
  RoundRecord off_the_list = revote;
  off_the_list.candidates = {1, 4};
  auto off = elections().AddRound(off_the_list);
  ASSERT_FALSE(off.ok());
  EXPECT_EQ(off.error().field, "candidates");
  EXPECT_EQ(elections().Rounds(*id)->size(), 1u);

  auto second = elections().AddRound(revote);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_NE(*second, first);
  auto found = elections().FindRound(*second);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->election_id, *id);
  EXPECT_EQ((*found)->number, 2);
  EXPECT_EQ((*found)->kind, RoundKind::kRevoteTied);
  EXPECT_EQ((*found)->candidates, (std::vector<int>{3, 1}));
  EXPECT_EQ((*found)->seats, 1);
  EXPECT_FALSE((*found)->closed);

  RoundRecord third = Round(3, {0}, RoundKind::kFurtherRound);
  third.election_id = *id;
  EXPECT_EQ(elections().AddRound(third).error().code, ErrorCode::kConflict);  // 2 is open

  auto rounds = elections().Rounds(*id);
  ASSERT_EQ(rounds->size(), 2u);
  EXPECT_EQ((*rounds)[0].number, 1);
  EXPECT_TRUE((*rounds)[0].closed);
  EXPECT_EQ((*rounds)[1].number, 2);
}

TEST_P(ElectionStoreContract, EntriesChainInAppendOrderAcrossClerks) {
  int64_t election_id = 0;
  int64_t round_id = 0;
  ASSERT_NO_FATAL_FAILURE(LockedElection(election_id, round_id));
  BallotEntryRecord draft = Draft(round_id, "Bàn 1", 1, "S:0,3");
  draft.seq = 77;                  // the store sets these
  draft.entered_at = "yesterday";  //
  draft.prev_hash = "forged";
  auto first = elections().AppendBallotEntry(draft, Seal);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->round_id, round_id);
  EXPECT_EQ(first->seq, 1);
  EXPECT_EQ(first->clerk, "Bàn 1");
  EXPECT_EQ(first->number, 1);
  EXPECT_EQ(first->payload, "S:0,3");
  EXPECT_TRUE(IsUtcMillis(first->entered_at)) << first->entered_at;
  EXPECT_EQ(first->prev_hash, "genesis-" + std::to_string(round_id));
  EXPECT_EQ(first->hash, TestHash(*first));
  BallotEntryRecord second = Append(Draft(round_id, "Bàn 2", 1, "S:0,3"));
  BallotEntryRecord third = Append(Draft(round_id, "Bàn 1", 2, "X"));
  EXPECT_EQ(second.seq, 2);
  EXPECT_EQ(second.prev_hash, first->hash);
  EXPECT_EQ(third.seq, 3);
  EXPECT_EQ(third.prev_hash, second.hash);

  Reopen();
  auto entries = Entries(round_id);
  ASSERT_EQ(entries.size(), 3u);
  const BallotEntryRecord expected[] = {*first, second, third};
  for (size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(entries[k].round_id, expected[k].round_id);
    EXPECT_EQ(entries[k].seq, expected[k].seq);
    EXPECT_EQ(entries[k].clerk, expected[k].clerk);
    EXPECT_EQ(entries[k].number, expected[k].number);
    EXPECT_EQ(entries[k].payload, expected[k].payload);
    EXPECT_EQ(entries[k].entered_at, expected[k].entered_at);
    EXPECT_EQ(entries[k].prev_hash, expected[k].prev_hash);
    EXPECT_EQ(entries[k].hash, expected[k].hash);
    EXPECT_EQ(entries[k].hash, TestHash(entries[k]));  // what was hashed is what was stored
  }
}

TEST_P(ElectionStoreContract, ASealThatTampersAppendsNothing) {
  int64_t election_id = 0;
  int64_t round_id = 0;
  ASSERT_NO_FATAL_FAILURE(LockedElection(election_id, round_id));
  Append(Draft(round_id, "A", 1));
  auto no_hash = elections().AppendBallotEntry(Draft(round_id, "A", 2), [](BallotEntryRecord&) {});
  ASSERT_FALSE(no_hash.ok());
  EXPECT_EQ(no_hash.error().code, ErrorCode::kInternal);
  auto rewritten = elections().AppendBallotEntry(Draft(round_id, "A", 2), [](BallotEntryRecord& e) {
    e.prev_hash = "elsewhere";
    e.hash = TestHash(e);
  });
  ASSERT_FALSE(rewritten.ok());
  EXPECT_EQ(rewritten.error().code, ErrorCode::kInternal);
  auto entries = Entries(round_id);
  ASSERT_EQ(entries.size(), 1u);
  // The next good append continues the chain from the last stored entry.
  BallotEntryRecord next = Append(Draft(round_id, "A", 2));
  EXPECT_EQ(next.seq, 2);
  EXPECT_EQ(next.prev_hash, entries.back().hash);
}

TEST_P(ElectionStoreContract, ClosingFreezesTheSnapshotOnce) {
  int64_t election_id = 0;
  int64_t round_id = 0;
  ASSERT_NO_FATAL_FAILURE(LockedElection(election_id, round_id));
  Append(Draft(round_id, "A", 1));
  RoundRecord stale = Snapshot(round_id);
  Append(Draft(round_id, "B", 1));

  // An entry came after the head the snapshot names: refused, the round stays open.
  auto refused = elections().CloseRound(stale);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_FALSE((*elections().FindRound(round_id))->closed);
  RoundRecord unchained = Snapshot(round_id);
  unchained.chain_head = "";
  EXPECT_EQ(elections().CloseRound(unchained).error().code, ErrorCode::kConflict);

  RoundRecord snapshot = Snapshot(round_id);
  snapshot.seats = 99;        // not part of the snapshot: ignored
  snapshot.candidates = {0};  //
  auto closed = elections().CloseRound(snapshot);
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  Reopen();
  for (const RoundRecord& round : {*closed, **elections().FindRound(round_id)}) {
    EXPECT_EQ(round.id, round_id);
    EXPECT_TRUE(round.closed);
    EXPECT_TRUE(IsUtcMillis(round.closed_at)) << round.closed_at;
    EXPECT_EQ(round.convened, 250);
    ASSERT_EQ(round.exclusions.size(), 2u);
    EXPECT_EQ(round.exclusions[0].reason, ExclusionReason::kAbsentWithReason);
    EXPECT_EQ(round.exclusions[0].count, 4);
    EXPECT_EQ(round.exclusions[1].reason, ExclusionReason::kSuspended);
    EXPECT_EQ(round.exclusions[1].count, 1);
    EXPECT_EQ(round.issued, 244);
    EXPECT_EQ(round.chain_head, snapshot.chain_head);
    EXPECT_EQ(round.seats, 3);
    EXPECT_EQ(round.candidates, (std::vector<int>{0, 1, 2, 3}));
  }

  // Closed once: no second close, no more entries, and the committee is final.
  auto twice = elections().CloseRound(snapshot);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
  auto late = elections().AppendBallotEntry(Draft(round_id, "A", 2), Seal);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Entries(round_id).size(), 2u);
  EXPECT_EQ(elections().SetCountingCommittee(election_id, {"X"}).error().code,
            ErrorCode::kConflict);
  EXPECT_EQ((*elections().FindRound(round_id))->closed_at, closed->closed_at);
  // Nor behind the store.
  auto reopened =
      RawTry("UPDATE rounds SET closed = " + std::string(GetParam() == "sqlite" ? "0" : "false") +
             " WHERE id = " + std::to_string(round_id));
  ASSERT_TRUE(reopened.has_value()) << "a closed round was changed";
  EXPECT_NE(reopened->find("final"), std::string::npos) << *reopened;
}

TEST_P(ElectionStoreContract, AnUncountedIssuedNumberStaysUnknown) {
  int64_t election_id = 0;
  int64_t round_id = 0;
  ASSERT_NO_FATAL_FAILURE(LockedElection(election_id, round_id));
  Append(Draft(round_id, "A", 1));
  RoundRecord snapshot = Snapshot(round_id);
  snapshot.issued.reset();
  snapshot.exclusions.clear();
  auto closed = elections().CloseRound(snapshot);
  ASSERT_TRUE(closed.ok()) << closed.error().message;
  EXPECT_FALSE(closed->issued.has_value());
  EXPECT_TRUE(closed->exclusions.empty());
}

// Two connections append to one round at once: the store serializes them, so the chain has
// no gap and no fork.
TEST_P(ElectionStoreContract, ConcurrentAppendsFormOneChain) {
  int64_t election_id = 0;
  int64_t round_id = 0;
  ASSERT_NO_FATAL_FAILURE(LockedElection(election_id, round_id));
  constexpr int kPerClerk = 200;
  std::vector<std::string> failures[2];
  auto clerk = [&](int station) {
    auto opened = OpenStore(url_);
    if (!opened.ok()) {
      failures[station].push_back(opened.error().message);
      return;
    }
    auto& store = app::ElectionsOf(**opened);
    for (int number = 1; number <= kPerClerk; ++number) {
      auto appended = store.AppendBallotEntry(
          Draft(round_id, "Bàn " + std::to_string(station + 1), number), Seal);
      if (!appended.ok()) failures[station].push_back(appended.error().message);
    }
  };
  std::thread one(clerk, 0);
  std::thread two(clerk, 1);
  one.join();
  two.join();
  EXPECT_TRUE(failures[0].empty()) << failures[0].front();
  EXPECT_TRUE(failures[1].empty()) << failures[1].front();

  auto entries = Entries(round_id);
  ASSERT_EQ(entries.size(), 2u * kPerClerk);
  std::string previous = "genesis-" + std::to_string(round_id);
  int per_clerk[2] = {0, 0};
  for (size_t k = 0; k < entries.size(); ++k) {
    const BallotEntryRecord& entry = entries[k];
    EXPECT_EQ(entry.seq, static_cast<int64_t>(k + 1));
    EXPECT_EQ(entry.prev_hash, previous) << "seq " << entry.seq;
    EXPECT_EQ(entry.hash, TestHash(entry)) << "seq " << entry.seq;
    if (k > 0) {
      EXPECT_LE(entries[k - 1].entered_at, entry.entered_at) << "seq " << entry.seq;
    }
    // Each clerk's entries keep their own order within the chain.
    int station = entry.clerk == "Bàn 1" ? 0 : 1;
    EXPECT_EQ(entry.number, ++per_clerk[station]) << "seq " << entry.seq;
    previous = entry.hash;
  }
  EXPECT_EQ(per_clerk[0], kPerClerk);
  EXPECT_EQ(per_clerk[1], kPerClerk);
}

TEST_P(ElectionStoreContract, BallotEntriesCannotBeChangedOrRemovedBehindTheStore) {
  int64_t election_id = 0;
  int64_t round_id = 0;
  ASSERT_NO_FATAL_FAILURE(LockedElection(election_id, round_id));
  BallotEntryRecord entry = Append(Draft(round_id, "A", 1, "S:1"));
  const std::string where = " WHERE round_id = " + std::to_string(round_id);

  auto update = RawTry("UPDATE ballot_entries SET payload = 'S:2'" + where);
  ASSERT_TRUE(update.has_value()) << "an UPDATE of a ballot entry went through";
  EXPECT_NE(update->find("append-only"), std::string::npos) << *update;
  auto remove = RawTry("DELETE FROM ballot_entries" + where);
  ASSERT_TRUE(remove.has_value()) << "a DELETE of a ballot entry went through";
  EXPECT_NE(remove->find("append-only"), std::string::npos) << *remove;
  // The trigger stands behind the store too: it allows an INSERT, never a change.
  EXPECT_FALSE(RawTry("INSERT INTO ballot_entries (round_id, seq, clerk, number, payload, "
                      "entered_at, prev_hash, hash) VALUES (" +
                      std::to_string(round_id) + ", 2, 'B', 1, 'S:1', 'now', 'p', 'h')")
                   .has_value());

  auto entries = Entries(round_id);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].payload, "S:1");
  EXPECT_EQ(entries[0].hash, entry.hash);
}

INSTANTIATE_TEST_SUITE_P(Engines, ElectionStoreContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
