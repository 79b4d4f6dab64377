// Properties of a round that hold for every input (seeded pseudo-random cases).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "election/tally.h"
#include "election/test_profile.h"
#include "election/threshold.h"

namespace daihoi::election {
namespace {

RoundInput RandomCase(std::mt19937& rng) {
  RoundInput input;
  std::uniform_int_distribution<int> seats_dist(1, 8);
  input.election.kind = ElectionKind::kDelegates;  // surplus of any size within the cap
  input.election.seats = seats_dist(rng);
  input.election.alternates = std::uniform_int_distribution<int>(0, 2)(rng);
  input.election.congress_kind = CongressKind::kDelegates;
  const int places = input.election.seats + input.election.alternates;
  const int candidates = places + std::uniform_int_distribution<int>(0, places * 3 / 10)(rng);
  const int voters = std::uniform_int_distribution<int>(0, 60)(rng);
  input.election.convened = voters + std::uniform_int_distribution<int>(1, 10)(rng);
  for (int index = 0; index < candidates; ++index) {
    input.candidates.push_back(
        {"c" + std::to_string(index), "Nguyễn Văn " + std::to_string(index % 3), std::nullopt});
  }
  std::bernoulli_distribution coin(0.5);
  std::bernoulli_distribution rare(0.05);
  for (int voter = 0; voter < voters; ++voter) {
    Ballot ballot;
    for (int index = 0; index < candidates; ++index) {
      if (coin(rng)) ballot.struck.push_back(index);
    }
    std::shuffle(ballot.struck.begin(), ballot.struck.end(), rng);
    ballot.unofficial = rare(rng);
    ballot.marked = rare(rng);
    if (rare(rng)) ballot.write_in = {"Trần Thị Bình"};
    input.ballots.push_back(ballot);
  }
  return input;
}

void ExpectSameResult(const RoundResult& a, const RoundResult& b) {
  EXPECT_EQ(a.ballots.valid, b.ballots.valid);
  EXPECT_EQ(a.ballots.invalid_by_reason, b.ballots.invalid_by_reason);
  ASSERT_EQ(a.candidates.size(), b.candidates.size());
  for (size_t index = 0; index < a.candidates.size(); ++index) {
    EXPECT_EQ(a.candidates[index].candidate, b.candidates[index].candidate);
    EXPECT_EQ(a.candidates[index].votes, b.candidates[index].votes);
    EXPECT_EQ(a.candidates[index].status, b.candidates[index].status);
  }
  EXPECT_EQ(a.elected, b.elected);
  EXPECT_EQ(a.alternates, b.alternates);
  EXPECT_EQ(a.tied, b.tied);
  EXPECT_EQ(a.next, b.next);
}

TEST(TallyPropertyTest, PermutingBallotsNeverChangesTheResult) {
  std::mt19937 rng(20250610);
  const Profile profile = Party2024ForTest();
  for (int trial = 0; trial < 200; ++trial) {
    RoundInput input = RandomCase(rng);
    Result<RoundResult> before = TallyRound(input, profile);
    ASSERT_TRUE(before.ok()) << before.error().message;
    std::shuffle(input.ballots.begin(), input.ballots.end(), rng);
    Result<RoundResult> after = TallyRound(input, profile);
    ASSERT_TRUE(after.ok());
    ExpectSameResult(*before, *after);
  }
}

TEST(TallyPropertyTest, AddingAValidBallotNeverLowersVotes) {
  std::mt19937 rng(31122024);
  const Profile profile = Party2024ForTest();
  for (int trial = 0; trial < 200; ++trial) {
    RoundInput input = RandomCase(rng);
    ++input.election.convened;  // room for one more voter
    Result<RoundResult> before = TallyRound(input, profile);
    ASSERT_TRUE(before.ok());
    // A valid ballot: strike all but `places` names (or none when the list has no surplus).
    Ballot extra;
    const int places = input.election.seats + input.election.alternates;
    const int candidates = static_cast<int>(input.candidates.size());
    const int keep = std::uniform_int_distribution<int>(1, std::min(places, candidates))(rng);
    for (int index = keep; index < candidates; ++index) extra.struck.push_back(index);
    input.ballots.push_back(extra);
    Result<RoundResult> after = TallyRound(input, profile);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->ballots.valid, before->ballots.valid + 1);
    for (size_t index = 0; index < before->candidates.size(); ++index) {
      EXPECT_GE(after->candidates[index].votes, before->candidates[index].votes);
    }
  }
}

TEST(TallyPropertyTest, VotesNeededBracketsHalfTheDenominator) {  // R-THRESHOLD
  std::mt19937 rng(7);
  const Profile profile = Party2024ForTest();
  for (int trial = 0; trial < 200; ++trial) {
    Result<RoundResult> result = TallyRound(RandomCase(rng), profile);
    ASSERT_TRUE(result.ok());
    const ThresholdFigures& t = result->threshold;
    EXPECT_GT(t.votes_needed * 2, t.denominator);
    EXPECT_GE(t.denominator, (t.votes_needed - 1) * 2);
    for (const CandidateResult& candidate : result->candidates) {
      const bool placed = candidate.status != CandidateStatus::kNotElected;
      EXPECT_EQ(placed, candidate.votes >= t.votes_needed);
    }
  }
}

}  // namespace
}  // namespace daihoi::election
