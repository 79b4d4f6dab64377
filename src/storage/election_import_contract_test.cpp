// The contract of app::ElectionStore::ImportElection (app/ports/election_store.h), on SQLite and
// on PostgreSQL: an election counted at a venue stored as it came (ids, times and hashes kept),
// extended by a later bundle, never rewritten; entries stay append-only.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/counting.h"
#include "app/ports/election_store.h"
#include "storage/store_contract_fixture.h"

namespace daihoi::storage {
namespace {

using app::BallotEntryRecord;
using app::ImportedElection;
using app::ImportedRound;
using app::RoundRecord;

const char* const kTerm = "2025-2030";
const char* const kVenue = "3f2a-91c0-aa01-0b7e-5c44-d2e9-1f00-8b13";

// A venue's election 42 with round 77 (venue ids), `entries` entries chained as the venue's
// app::EnterBallot chains them, closed when `closed`.
ImportedElection VenueElection(int entries, bool closed) {
  ImportedElection imported;
  app::ElectionRecord& election = imported.election;
  election.id = 42;
  election.org_code = "BD";
  election.term = kTerm;
  election.kind = election::ElectionKind::kCommittee;
  election.seats = 2;
  election.title = "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI";
  election.profile = "party-2024";
  election.required_clerks = 1;
  election.counting_committee = {"Nguyễn Văn An", "Trần Thị Bình"};
  election.list_digest = "digest-of-the-venue";
  election.locked_at = "2025-06-14T01:00:00.000Z";
  election.created_at = "2025-06-13T09:00:00.000Z";
  election.venue_key = kVenue;
  election.venue_election_id = 42;
  app::CandidateRecord first{"c1", "Phạm Văn Đông", Date::Parse("1970-05-02"), "HN-1", "male"};
  imported.candidates = {
      first, {"c2", "Võ Thị Sáu", std::nullopt, "", ""}, {"c3", "Trần Phú", std::nullopt, "", ""}};
  ImportedRound round;
  round.round.id = 77;
  round.round.election_id = 42;
  round.round.number = 1;
  round.round.candidates = {0, 1, 2};
  round.round.seats = 2;
  std::string previous = app::GenesisHash(77);
  for (int k = 1; k <= entries; ++k) {
    BallotEntryRecord entry;
    entry.round_id = 77;
    entry.seq = k;
    entry.clerk = "Bàn 1";
    entry.number = k;
    entry.payload = "S:" + std::to_string(k % 3);
    entry.entered_at = "2025-06-14T02:00:0" + std::to_string(k) + ".000Z";
    entry.prev_hash = previous;
    entry.hash = app::EntryHash(entry);
    previous = entry.hash;
    round.entries.push_back(entry);
  }
  if (closed) {
    round.round.closed = true;
    round.round.closed_at = "2025-06-14T03:00:00.000Z";
    round.round.convened = 250;
    round.round.issued = 240;
    round.round.exclusions = {{election::ExclusionReason::kAbsentWithReason, 3}};
    round.round.chain_head = previous;
  }
  imported.rounds.push_back(round);
  return imported;
}

class ElectionImportContract : public StoreContract {
 protected:
  app::ElectionStore& elections() { return app::ElectionsOf(*store_); }

  std::vector<BallotEntryRecord> Entries(int64_t round_id) {
    std::vector<BallotEntryRecord> entries;
    auto s = elections().ForEachBallotEntry(
        round_id, [&](const BallotEntryRecord& entry) { entries.push_back(entry); });
    EXPECT_TRUE(s.ok()) << s.error().message;
    return entries;
  }

  RoundRecord OnlyRound(int64_t election_id) {
    auto rounds = elections().Rounds(election_id);
    EXPECT_TRUE(rounds.ok() && rounds->size() == 1u);
    return rounds.ok() && !rounds->empty() ? rounds->front() : RoundRecord{};
  }
};

TEST_P(ElectionImportContract, StoresTheElectionAsTheVenueSentIt) {
  LoadHanoi();
  const ImportedElection given = VenueElection(4, true);
  auto outcome = elections().ImportElection(given);
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  EXPECT_TRUE(outcome->created);
  EXPECT_EQ(outcome->rounds_added, 1);
  EXPECT_EQ(outcome->rounds_closed, 1);
  EXPECT_EQ(outcome->entries_added, 4);

  Reopen();
  auto found = elections().FindElection(outcome->election_id);
  ASSERT_TRUE(found.ok() && found->has_value());
  const app::ElectionRecord& election = **found;
  EXPECT_EQ(election.venue_key, kVenue);
  EXPECT_EQ(election.venue_election_id, 42);
  EXPECT_EQ(election.list_digest, "digest-of-the-venue");
  EXPECT_EQ(election.locked_at, "2025-06-14T01:00:00.000Z");
  EXPECT_EQ(election.created_at, "2025-06-13T09:00:00.000Z");
  EXPECT_EQ(election.counting_committee, given.election.counting_committee);
  auto candidates = elections().Candidates(outcome->election_id);
  ASSERT_TRUE(candidates.ok());
  ASSERT_EQ(candidates->size(), 3u);
  EXPECT_EQ((*candidates)[0].birth_date, Date::Parse("1970-05-02"));
  EXPECT_EQ((*candidates)[0].gender, "male");

  const RoundRecord round = OnlyRound(outcome->election_id);
  EXPECT_EQ(round.venue_round_id, 77);
  EXPECT_EQ(app::ChainRoundId(round), 77);
  EXPECT_TRUE(round.closed);
  EXPECT_EQ(round.closed_at, "2025-06-14T03:00:00.000Z");
  EXPECT_EQ(round.convened, 250);
  EXPECT_EQ(round.issued, 240);
  ASSERT_EQ(round.exclusions.size(), 1u);
  EXPECT_EQ(round.exclusions[0].count, 3);
  EXPECT_EQ(round.chain_head, given.rounds[0].round.chain_head);
  const auto entries = Entries(round.id);
  ASSERT_EQ(entries.size(), 4u);
  for (size_t k = 0; k < entries.size(); ++k) {
    EXPECT_EQ(entries[k].round_id, round.id);  // the id here; the hash carries the venue's
    EXPECT_EQ(entries[k].seq, given.rounds[0].entries[k].seq);
    EXPECT_EQ(entries[k].entered_at, given.rounds[0].entries[k].entered_at);
    EXPECT_EQ(entries[k].prev_hash, given.rounds[0].entries[k].prev_hash);
    EXPECT_EQ(entries[k].hash, given.rounds[0].entries[k].hash);
  }
  // The chain verifies here with the venue's round id.
  app::CountingPorts ports{*store_, elections(), nullptr};
  auto check = app::VerifyChain(ports, ::daihoi::app::Actor::CommandLine("test"), round.id);
  ASSERT_TRUE(check.ok()) << check.error().message;
  EXPECT_FALSE(check->first_bad_seq);
  EXPECT_EQ(check->entries, 4);

  // Imported entries are as append-only as any.
  EXPECT_TRUE(
      RawTry("UPDATE ballot_entries SET clerk = 'X' WHERE round_id = " + std::to_string(round.id)));
  EXPECT_TRUE(RawTry("DELETE FROM ballot_entries WHERE round_id = " + std::to_string(round.id)));
  EXPECT_EQ(Entries(round.id).size(), 4u);
}

TEST_P(ElectionImportContract, TheSameElectionTwiceWritesNothing) {
  LoadHanoi();
  const ImportedElection given = VenueElection(3, true);
  auto first = elections().ImportElection(given);
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = elections().ImportElection(given);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_FALSE(second->changed());
  EXPECT_EQ(second->election_id, first->election_id);
  auto listed = elections().Elections("BD", kTerm);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), 1u);
  EXPECT_EQ(Entries(OnlyRound(first->election_id).id).size(), 3u);
}

TEST_P(ElectionImportContract, ALaterBundleExtendsAnOpenRoundAndClosesIt) {
  LoadHanoi();
  auto first = elections().ImportElection(VenueElection(2, false));
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_FALSE(OnlyRound(first->election_id).closed);
  auto later = elections().ImportElection(VenueElection(5, true));
  ASSERT_TRUE(later.ok()) << later.error().message;
  EXPECT_FALSE(later->created);
  EXPECT_EQ(later->rounds_added, 0);
  EXPECT_EQ(later->entries_added, 3);
  EXPECT_EQ(later->rounds_closed, 1);
  const RoundRecord round = OnlyRound(first->election_id);
  EXPECT_TRUE(round.closed);
  EXPECT_EQ(Entries(round.id).size(), 5u);
}

TEST_P(ElectionImportContract, ABundleThatRewritesWhatWasImportedIsRefusedWhole) {
  LoadHanoi();
  auto first = elections().ImportElection(VenueElection(3, false));
  ASSERT_TRUE(first.ok()) << first.error().message;
  ImportedElection rewritten = VenueElection(4, true);
  rewritten.rounds[0].entries[1].hash = std::string(64, 'a');
  auto refused = elections().ImportElection(rewritten);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_NE(refused.error().message.find("bản ghi số 2"), std::string::npos)
      << refused.error().message;
  const RoundRecord round = OnlyRound(first->election_id);
  EXPECT_FALSE(round.closed);
  EXPECT_EQ(Entries(round.id).size(), 3u);

  ImportedElection fewer = VenueElection(2, true);
  auto shorter = elections().ImportElection(fewer);
  ASSERT_FALSE(shorter.ok());
  EXPECT_EQ(shorter.error().code, ErrorCode::kConflict);
}

TEST_P(ElectionImportContract, AnUnknownOrganizationIsNotFoundAndWritesNothing) {
  LoadHanoi();
  ImportedElection given = VenueElection(1, true);
  given.election.org_code = "NOWHERE";
  auto refused = elections().ImportElection(given);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kNotFound);
  auto listed = elections().Elections("BD", kTerm);
  ASSERT_TRUE(listed.ok());
  EXPECT_TRUE(listed->empty());
}

TEST_P(ElectionImportContract, ElectionsCreatedHereHaveNoOrigin) {
  LoadHanoi();
  app::ElectionRecord here = VenueElection(0, false).election;
  auto id = elections().CreateElection(here);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto found = elections().FindElection(*id);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->venue_key, "");
  EXPECT_EQ((*found)->venue_election_id, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, ElectionImportContract, ::testing::Values("sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace daihoi::storage
