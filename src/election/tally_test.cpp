#include "election/tally.h"

#include <gtest/gtest.h>

#include "election/test_profile.h"

namespace daihoi::election {
namespace {

const std::vector<int> kOrder5 = {0, 1, 2, 3, 4};

TEST(PlaceTest, MostVotesElectedWhenMorePass) {  // R-RANK
  // denominator 10: 6 votes needed.
  Placement placement = Place({9, 8, 7, 6, 5}, kOrder5, 2, 0, 10);
  EXPECT_EQ(placement.elected, (std::vector<int>{0, 1}));
  EXPECT_EQ(placement.status[2], CandidateStatus::kPassed);
  EXPECT_EQ(placement.status[3], CandidateStatus::kPassed);
  EXPECT_EQ(placement.status[4], CandidateStatus::kNotElected);
  EXPECT_EQ(placement.next, NextStep::kNone);
}

TEST(PlaceTest, TieThatFitsElectsAll) {  // R-TIE
  Placement placement = Place({8, 8, 7, 2, 2}, kOrder5, 2, 0, 10);
  EXPECT_EQ(placement.elected, (std::vector<int>{0, 1}));
  EXPECT_TRUE(placement.tied.empty());
  EXPECT_EQ(placement.status[2], CandidateStatus::kPassed);
}

TEST(PlaceTest, TieAtLastSeatBlocksIt) {  // R-TIE
  Placement placement = Place({9, 7, 7, 7, 2}, kOrder5, 2, 0, 10);
  EXPECT_EQ(placement.elected, (std::vector<int>{0}));
  EXPECT_EQ(placement.tied, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(placement.unfilled_seats, 1);
  EXPECT_EQ(placement.next, NextStep::kRevoteTied);
}

TEST(PlaceTest, TieAtLastOfficialSeatLeavesAlternatesUnfilled) {  // R-TIE, R-DELEGATES
  Placement placement = Place({9, 7, 7, 6, 6}, kOrder5, 2, 2, 10);
  EXPECT_EQ(placement.elected, (std::vector<int>{0}));
  EXPECT_TRUE(placement.alternates.empty());
  EXPECT_EQ(placement.tied, (std::vector<int>{1, 2}));
  EXPECT_EQ(placement.unfilled_seats, 1);
  EXPECT_EQ(placement.unfilled_alternates, 2);
  EXPECT_EQ(placement.status[3], CandidateStatus::kPassed);
  EXPECT_EQ(placement.next, NextStep::kRevoteTied);
}

TEST(PlaceTest, OfficialsThenAlternatesAndTieAtLastAlternate) {  // R-DELEGATES, R-TIE
  Placement placement = Place({9, 8, 7, 7, 2}, kOrder5, 2, 1, 10);
  EXPECT_EQ(placement.elected, (std::vector<int>{0, 1}));
  EXPECT_TRUE(placement.alternates.empty());
  EXPECT_EQ(placement.tied, (std::vector<int>{2, 3}));
  EXPECT_EQ(placement.unfilled_alternates, 1);
  Placement fits = Place({9, 8, 7, 6, 2}, kOrder5, 2, 2, 10);
  EXPECT_EQ(fits.alternates, (std::vector<int>{2, 3}));
  EXPECT_EQ(fits.status[3], CandidateStatus::kAlternate);
  EXPECT_EQ(fits.next, NextStep::kNone);
}

TEST(PlaceTest, FewerPassThanSeatsNeedsFurtherRound) {  // R-ROUNDS
  Placement placement = Place({9, 5, 5, 4, 2}, kOrder5, 3, 0, 10);
  EXPECT_EQ(placement.elected, (std::vector<int>{0}));
  EXPECT_EQ(placement.unfilled_seats, 2);
  EXPECT_EQ(placement.next, NextStep::kFurtherRound);
}

TEST(PlaceTest, EqualVotesInBallotOrder) {  // R-ORDER for equal votes
  Placement placement = Place({8, 9, 8, 0, 0}, {2, 0, 1, 3, 4}, 3, 0, 10);
  EXPECT_EQ(placement.elected, (std::vector<int>{1, 2, 0}));
}

TEST(RoundsTest, WhoDecidesAFurtherRound) {  // R-ROUNDS
  EXPECT_FALSE(FurtherRoundNeedsCongressVote(ElectionKind::kDelegates, 2));
  EXPECT_TRUE(FurtherRoundNeedsCongressVote(ElectionKind::kDelegates, 3));
  EXPECT_TRUE(FurtherRoundNeedsCongressVote(ElectionKind::kDelegates, 7));
  EXPECT_TRUE(FurtherRoundNeedsCongressVote(ElectionKind::kCommittee, 2));
}

RoundInput SmallCase() {
  RoundInput input;
  input.election.kind = ElectionKind::kCommittee;
  input.election.seats = 3;
  input.election.congress_kind = CongressKind::kMembers;
  input.election.convened = 10;
  input.candidates = {{"c1", "Nguyễn Văn An", std::nullopt},
                      {"c2", "Trần Thị Bình", std::nullopt},
                      {"c3", "Lê Văn Cường", std::nullopt},
                      {"c4", "Phạm Thị Dung", std::nullopt}};
  for (int voter = 0; voter < 8; ++voter) {
    Ballot ballot;
    ballot.struck = {voter % 2 == 0 ? 3 : 2};
    input.ballots.push_back(ballot);
  }
  return input;
}

TEST(TallyRoundTest, CountsAndPlaces) {
  Result<RoundResult> result = TallyRound(SmallCase(), Party2024ForTest());
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->ballots.received, 8);
  EXPECT_EQ(result->ballots.valid, 8);
  EXPECT_EQ(result->threshold.votes_needed, 6);
  EXPECT_EQ(result->elected, (std::vector<int>{0, 1}));
  EXPECT_EQ(result->unfilled_seats, 1);
  EXPECT_EQ(result->next, NextStep::kFurtherRound);
  // Ballot order: An, Bình, Cường, Dung.
  EXPECT_EQ(result->candidates[0].candidate, 0);
  EXPECT_EQ(result->candidates[0].percent_of_valid, 10000);
  EXPECT_EQ(result->candidates[2].percent_of_denominator, 4000);
}

TEST(TallyRoundTest, SurplusViolationCountsNothing) {  // R-SURPLUS
  RoundInput input = SmallCase();
  input.election.seats = 4;  // no surplus on a committee list
  Result<RoundResult> result = TallyRound(input, Party2024ForTest());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kRuleViolation);
  EXPECT_EQ(result.error().rule, "R-SURPLUS");
}

TEST(TallyRoundTest, LaterRoundIsNotCheckedForSurplusAgain) {  // R-SURPLUS, R-TIE
  // A re-vote between two tied candidates for the one seat left: 100% surplus on a committee.
  RoundInput input = SmallCase();
  input.election.seats = 1;
  input.candidates.resize(2);
  for (Ballot& ballot : input.ballots) ballot.struck = {1};
  EXPECT_EQ(TallyRound(input, Party2024ForTest()).error().rule, "R-SURPLUS");
  input.later_round = true;
  Result<RoundResult> result = TallyRound(input, Party2024ForTest());
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result->elected, (std::vector<int>{0}));
}

TEST(TallyRoundTest, MalformedCasesNameThePlace) {
  RoundInput input = SmallCase();
  input.ballots[5].struck = {1, 1};
  Result<RoundResult> result = TallyRound(input, Party2024ForTest());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(result.error().message.find("ballots[5].struck[1]"), std::string::npos);

  input = SmallCase();
  input.candidates[3].id = "c1";
  result = TallyRound(input, Party2024ForTest());
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("candidates[3].id"), std::string::npos);

  input = SmallCase();
  input.election.alternates = 1;  // only delegates elect alternates from the list
  EXPECT_FALSE(TallyRound(input, Party2024ForTest()).ok());
}

}  // namespace
}  // namespace daihoi::election
