#include "election/motions.h"

#include <gtest/gtest.h>

#include "election/test_profile.h"

namespace daihoi::election {
namespace {

const Profile kProfile = Party2024ForTest();

TEST(QuorumTest, MoreThanTwoThirds) {  // R-QUORUM (I)
  EXPECT_FALSE(QuorumMet(200, 300, kProfile));
  EXPECT_TRUE(QuorumMet(201, 300, kProfile));
}

TEST(ShowOfHandsTest, MoreThanHalfOfConvened) {  // R-SHOW-OF-HANDS (I)
  Result<bool> passes = MotionPasses({300, 250, 150}, kProfile);
  ASSERT_TRUE(passes.ok());
  EXPECT_FALSE(*passes);  // half of those convened, not more
  EXPECT_TRUE(*MotionPasses({300, 250, 151}, kProfile));
  Profile of_present = kProfile;
  of_present.show_of_hands_base = ShareBase::kPresent;
  EXPECT_TRUE(*MotionPasses({300, 250, 126}, of_present));
  EXPECT_FALSE(MotionPasses({300, 250, 251}, kProfile).ok());
  EXPECT_FALSE(MotionPasses({300, 301, 1}, kProfile).ok());
}

TEST(ConfidenceTest, QuorumAtLeastTwoThirds) {  // R-CONFIDENCE
  ConfidenceVote vote{30, 19, {{"p1", 10, 5, 4}}};
  Result<std::vector<ConfidencePersonResult>> result = EvaluateConfidence(vote, kProfile);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().rule, "R-CONFIDENCE");
  vote.present = 20;  // exactly 2/3
  EXPECT_TRUE(EvaluateConfidence(vote, kProfile).ok());
}

TEST(ConfidenceTest, BandsOverThoseConvened) {  // R-CONFIDENCE
  // 30 convened, 30 present: more than 15 low → consider; 20 or more low → remove.
  ConfidenceVote vote{
      30,
      30,
      {{"a", 20, 5, 5}, {"b", 10, 5, 15}, {"c", 5, 9, 16}, {"d", 5, 6, 19}, {"e", 0, 10, 20}}};
  Result<std::vector<ConfidencePersonResult>> result = EvaluateConfidence(vote, kProfile);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ((*result)[0].outcome, ConfidenceOutcome::kRetained);
  EXPECT_EQ((*result)[1].outcome, ConfidenceOutcome::kRetained);  // exactly half
  EXPECT_EQ((*result)[2].outcome, ConfidenceOutcome::kConsiderDismissal);
  EXPECT_EQ((*result)[3].outcome, ConfidenceOutcome::kConsiderDismissal);
  EXPECT_EQ((*result)[4].outcome, ConfidenceOutcome::kRemove);
  EXPECT_EQ((*result)[4].low_percent, 6667);
}

TEST(ConfidenceTest, DenominatorIsConvenedNotPresent) {  // R-CONFIDENCE (I)
  // 16 low of 24 present is 2/3 of those present but under 2/3 of the 30 convened.
  ConfidenceVote vote{30, 24, {{"a", 4, 4, 16}}};
  Result<std::vector<ConfidencePersonResult>> result = EvaluateConfidence(vote, kProfile);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ((*result)[0].outcome, ConfidenceOutcome::kConsiderDismissal);
  Profile of_present = kProfile;
  of_present.confidence_base = ShareBase::kPresent;
  EXPECT_EQ((*EvaluateConfidence(vote, of_present))[0].outcome, ConfidenceOutcome::kRemove);
}

}  // namespace
}  // namespace daihoi::election
