#include "election/threshold.h"

#include <gtest/gtest.h>

namespace daihoi::election {
namespace {

TEST(ThresholdTest, MembersCongressExclusions) {  // R-THRESHOLD
  Election election;
  election.congress_kind = CongressKind::kMembers;
  election.convened = 100;
  election.exclusions = {{ExclusionReason::kTemporaryTransferAbsent, 2},
                         {ExclusionReason::kExemptAbsent, 3},
                         {ExclusionReason::kSuspended, 1},
                         {ExclusionReason::kProsecuted, 1},
                         {ExclusionReason::kAbsentWithReason, 3}};
  Result<ThresholdFigures> figures = ComputeThreshold(election);
  ASSERT_TRUE(figures.ok());
  EXPECT_EQ(figures->excluded, 10);
  EXPECT_EQ(figures->denominator, 90);
  EXPECT_EQ(figures->votes_needed, 46);
}

TEST(ThresholdTest, ReasonOfTheOtherCongressKindIsMalformed) {  // R-THRESHOLD
  Election election;
  election.congress_kind = CongressKind::kMembers;
  election.convened = 100;
  election.exclusions = {{ExclusionReason::kAbsentCommitteeMember, 1}};
  Result<ThresholdFigures> figures = ComputeThreshold(election);
  ASSERT_FALSE(figures.ok());
  EXPECT_EQ(figures.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(figures.error().message.find("election.exclusions[0].reason"), std::string::npos);
  election.congress_kind = CongressKind::kDelegates;
  election.exclusions = {{ExclusionReason::kSuspended, 1}};
  EXPECT_FALSE(ComputeThreshold(election).ok());
  election.exclusions = {{ExclusionReason::kAbsentDelegateUnreplaced, 1}};
  EXPECT_TRUE(ComputeThreshold(election).ok());
}

TEST(ThresholdTest, NothingLeftIsMalformed) {
  Election election;
  election.congress_kind = CongressKind::kDelegates;
  election.convened = 3;
  election.exclusions = {{ExclusionReason::kAbsentCommitteeMember, 3}};
  EXPECT_FALSE(ComputeThreshold(election).ok());
}

TEST(ThresholdTest, VotesNeededIsLeastMoreThanHalf) {  // R-THRESHOLD, property
  for (int64_t denominator = 1; denominator <= 2000; ++denominator) {
    const int64_t needed = VotesNeeded(denominator);
    EXPECT_GT(needed * 2, denominator) << denominator;
    EXPECT_GE(denominator, (needed - 1) * 2) << denominator;
    EXPECT_TRUE(PassesThreshold(needed, denominator));
    EXPECT_FALSE(PassesThreshold(needed - 1, denominator));
  }
  EXPECT_EQ(VotesNeeded(119), 60);
  EXPECT_EQ(VotesNeeded(120), 61);
}

TEST(ThresholdTest, PercentRoundsHalfUpInIntegers) {
  EXPECT_EQ(PercentHundredths(80, 115), 6957);
  EXPECT_EQ(PercentHundredths(80, 119), 6723);
  EXPECT_EQ(PercentHundredths(1, 8), 1250);  // 12.5 exactly
  EXPECT_EQ(PercentHundredths(1, 800), 13);  // 0.125 → 0.13 (half up)
  EXPECT_EQ(PercentHundredths(1, 3), 3333);
  EXPECT_EQ(PercentHundredths(2, 3), 6667);
  EXPECT_EQ(PercentHundredths(5, 0), 0);
}

}  // namespace
}  // namespace daihoi::election
