#include "election/ballot_list.h"

#include <gtest/gtest.h>

#include "election/test_profile.h"

namespace daihoi::election {
namespace {

const Profile kProfile = Party2024ForTest();

Election Of(ElectionKind kind, int seats, int alternates = 0) {
  Election election;
  election.kind = kind;
  election.seats = seats;
  election.alternates = alternates;
  return election;
}

TEST(SurplusTest, RatioWithTwoDecimals) {  // R-SURPLUS
  EXPECT_EQ(SurplusRatio(41, 47), 1463);
  EXPECT_EQ(SurplusRatio(10, 13), 3000);
  EXPECT_EQ(SurplusRatio(10, 9), -1000);
}

TEST(SurplusTest, CommitteeNeedsSurplusAtMostThirtyPercent) {  // R-SURPLUS
  EXPECT_TRUE(CheckSurplus(Of(ElectionKind::kCommittee, 41), 47, kProfile).ok());
  EXPECT_TRUE(CheckSurplus(Of(ElectionKind::kCommittee, 10), 13, kProfile).ok());  // exactly 30%
  Status above = CheckSurplus(Of(ElectionKind::kCommittee, 10), 14, kProfile);
  ASSERT_FALSE(above.ok());
  EXPECT_EQ(above.error().rule, "R-SURPLUS");
  EXPECT_FALSE(CheckSurplus(Of(ElectionKind::kCommittee, 10), 10, kProfile).ok());
  EXPECT_FALSE(CheckSurplus(Of(ElectionKind::kStandingCommittee, 9), 9, kProfile).ok());
}

TEST(SurplusTest, SmallCommitteeAtMostOnePerson) {  // R-SURPLUS, 3–5 seats
  EXPECT_TRUE(CheckSurplus(Of(ElectionKind::kCommittee, 3), 4, kProfile).ok());
  EXPECT_FALSE(CheckSurplus(Of(ElectionKind::kCommittee, 5), 7, kProfile).ok());
  EXPECT_FALSE(CheckSurplus(Of(ElectionKind::kCommittee, 5), 5, kProfile).ok());
  // 7 seats: 30% is 2.1 persons.
  EXPECT_TRUE(CheckSurplus(Of(ElectionKind::kCommittee, 7), 9, kProfile).ok());
  EXPECT_FALSE(CheckSurplus(Of(ElectionKind::kCommittee, 7), 10, kProfile).ok());
}

TEST(SurplusTest, OnePersonListsAndDelegates) {  // R-SURPLUS, R-SECRETARY
  EXPECT_TRUE(CheckSurplus(Of(ElectionKind::kSecretary, 1), 1, kProfile).ok());
  EXPECT_TRUE(CheckSurplus(Of(ElectionKind::kInspectionChair, 1), 2, kProfile).ok());
  EXPECT_TRUE(CheckSurplus(Of(ElectionKind::kDelegates, 8, 2), 13, kProfile).ok());   // 30%
  EXPECT_FALSE(CheckSurplus(Of(ElectionKind::kDelegates, 8, 2), 14, kProfile).ok());  // 40%
  EXPECT_TRUE(CheckSurplus(Of(ElectionKind::kDelegates, 8, 2), 10, kProfile).ok());
}

TEST(SurplusTest, ConveningCommitteeListTenToFifteenPercent) {  // R-SURPLUS
  EXPECT_TRUE(CheckConveningList(Of(ElectionKind::kCommittee, 41), 47, kProfile).ok());
  EXPECT_TRUE(CheckConveningList(Of(ElectionKind::kCommittee, 41), 46, kProfile).ok());
  EXPECT_FALSE(CheckConveningList(Of(ElectionKind::kCommittee, 41), 45, kProfile).ok());
  EXPECT_FALSE(CheckConveningList(Of(ElectionKind::kCommittee, 41), 48, kProfile).ok());
  EXPECT_TRUE(CheckConveningList(Of(ElectionKind::kCommittee, 6), 7, kProfile).ok());
  EXPECT_TRUE(CheckConveningList(Of(ElectionKind::kCommittee, 5), 6, kProfile).ok());
  EXPECT_FALSE(CheckConveningList(Of(ElectionKind::kCommittee, 5), 5, kProfile).ok());
}

Nomination FromFloor(std::string id, int64_t present, int64_t agree) {
  Nomination nomination;
  nomination.id = std::move(id);
  nomination.name = "Hoàng Văn Em";
  nomination.source = NominationSource::kFloor;
  nomination.poll = NominationPoll{present, agree};
  return nomination;
}

TEST(NominationTest, FloorGateMoreThanThirtyPercentOfPresent) {  // R-FLOOR-GATE
  std::vector<Nomination> nominations = {FromFloor("f1", 100, 31), FromFloor("f2", 100, 30)};
  std::vector<ListViolation> violations = CheckNominations(nominations, kProfile);
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_EQ(violations[0].rule, "R-FLOOR-GATE");
  EXPECT_EQ(violations[0].nomination, "f2");
  EXPECT_EQ(FinalList(nominations, kProfile), (std::vector<int>{0}));
}

TEST(NominationTest, Party2014DecidesByShowOfHands) {  // R-FLOOR-GATE, party-2014
  Profile party2014 = kProfile;
  party2014.floor_gate_method = FloorGateMethod::kShowOfHands;
  Nomination nomination = FromFloor("f1", 100, 90);  // a poll does not count here
  EXPECT_EQ(CheckNominations({nomination}, party2014).size(), 1u);
  nomination.floor_decision = ShowOfHands{100, 90, 51};
  EXPECT_TRUE(CheckNominations({nomination}, party2014).empty());
  nomination.floor_decision = ShowOfHands{100, 90, 50};
  EXPECT_EQ(CheckNominations({nomination}, party2014).size(), 1u);
}

TEST(NominationTest, OnlyFullMembersStand) {  // R-VOTERS
  Nomination nomination;
  nomination.id = "p1";
  nomination.full_member = false;
  std::vector<ListViolation> violations = CheckNominations({nomination}, kProfile);
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_EQ(violations[0].rule, "R-VOTERS");
  EXPECT_TRUE(FinalList({nomination}, kProfile).empty());
}

TEST(NominationTest, IncumbentOnlyOnCommitteeList) {  // R-INCUMBENT
  Nomination self = FromFloor("i1", 100, 80);
  self.source = NominationSource::kSelf;
  self.convening_committee_member = true;
  Nomination nominated = FromFloor("i2", 100, 80);
  nominated.nominated_by_committee_member = true;
  Nomination on_list;
  on_list.id = "i3";
  on_list.convening_committee_member = true;
  std::vector<ListViolation> violations = CheckNominations({self, nominated, on_list}, kProfile);
  ASSERT_EQ(violations.size(), 2u);
  EXPECT_EQ(violations[0].rule, "R-INCUMBENT");
  EXPECT_EQ(violations[0].nomination, "i1");
  EXPECT_EQ(violations[1].nomination, "i2");
  EXPECT_EQ(FinalList({self, nominated, on_list}, kProfile), (std::vector<int>{2}));
}

TEST(NominationTest, WithdrawalOnlyByARecordedVote) {  // R-WITHDRAW
  Nomination nomination;
  nomination.id = "w1";
  nomination.withdrawn = true;
  EXPECT_EQ(CheckNominations({nomination}, kProfile).at(0).rule, "R-WITHDRAW");
  nomination.withdrawal = WithdrawalRequest{};
  EXPECT_EQ(CheckNominations({nomination}, kProfile).size(), 1u);
  nomination.withdrawal->vote = ShowOfHands{120, 110, 60};  // not more than half of 120
  EXPECT_EQ(CheckNominations({nomination}, kProfile).size(), 1u);
  nomination.withdrawal->vote = ShowOfHands{120, 110, 61};
  EXPECT_TRUE(CheckNominations({nomination}, kProfile).empty());
  EXPECT_TRUE(FinalList({nomination}, kProfile).empty());
  // A request alone (not withdrawn) keeps the nominee on the list.
  nomination.withdrawn = false;
  EXPECT_EQ(FinalList({nomination}, kProfile), (std::vector<int>{0}));
}

}  // namespace
}  // namespace daihoi::election
