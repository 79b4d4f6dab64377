#include "election/nomination.h"

#include <gtest/gtest.h>

#include "election/test_profile.h"

namespace daihoi::election {
namespace {

Date D(const char* iso) { return *Date::Parse(iso); }

Election Committee(int seats) {
  Election election;
  election.kind = ElectionKind::kCommittee;
  election.seats = seats;
  return election;
}

Nominee Person(std::string id, NominationSource source = NominationSource::kCommittee) {
  Nominee nominee;
  nominee.id = id;
  nominee.member_id = "M" + id;
  nominee.full_name = "Nguyễn Văn " + id;
  nominee.gender = "male";
  nominee.birth_date = D("1975-03-02");
  nominee.full_member_date = D("2000-01-01");
  nominee.source = source;
  return nominee;
}

std::vector<Nominee> CommitteeList(int count) {
  std::vector<Nominee> list;
  for (int index = 1; index <= count; ++index) list.push_back(Person(std::to_string(index)));
  return list;
}

const std::optional<Date> kOpening = D("2020-06-14");

// R-SURPLUS: 47 for 41 seats from the committee's list is 14.63%, inside 10–15%.
TEST(NomineeReviewTest, CommitteeListOfBaDinhIsFinal) {
  ListReview review =
      ReviewNominations(Committee(41), CommitteeList(47), Party2024ForTest(), kOpening);
  EXPECT_EQ(review.final_list.size(), 47u);
  EXPECT_EQ(review.committee_list, 47);
  EXPECT_EQ(review.surplus_ratio, 1463);
  EXPECT_TRUE(review.blockers.empty());
}

// R-SURPLUS: the committee's own list carries 10–15% (5–6 persons for 41 seats).
TEST(NomineeReviewTest, CommitteeListOutsideTenToFifteenPercentBlocks) {
  ListReview review =
      ReviewNominations(Committee(41), CommitteeList(49), Party2024ForTest(), kOpening);
  ASSERT_EQ(review.blockers.size(), 1u);
  EXPECT_EQ(review.blockers[0].rule, "R-SURPLUS");
  EXPECT_NE(review.blockers[0].message.find("49 người cho 41 chỗ"), std::string::npos);
}

// R-FLOOR-GATE (party-2024): admitted only with more than 30% of those present, in integers.
TEST(NomineeReviewTest, FloorNomineeEntersWithMoreThanThirtyPercentOfThosePresent) {
  std::vector<Nominee> list = CommitteeList(46);
  Nominee floor = Person("floor", NominationSource::kFloor);
  floor.nominated_by = "Đoàn đại biểu phường Kim Mã";
  list.push_back(floor);
  ListReview pending = ReviewNominations(Committee(41), list, Party2024ForTest(), kOpening);
  EXPECT_EQ(pending.nominees.back().status, NomineeStatus::kPollPending);
  ASSERT_FALSE(pending.blockers.empty());
  EXPECT_EQ(pending.blockers[0].rule, "R-FLOOR-GATE");
  EXPECT_EQ(pending.final_list.size(), 46u);

  list.back().gate = GateVote{0, 270, 81};  // 81/270 = 30%: not more than 30%
  ListReview exactly = ReviewNominations(Committee(41), list, Party2024ForTest(), kOpening);
  EXPECT_EQ(exactly.nominees.back().status, NomineeStatus::kNotAdmitted);
  EXPECT_EQ(exactly.final_list.size(), 46u);
  EXPECT_TRUE(exactly.blockers.empty());

  list.back().gate = GateVote{0, 270, 82};
  ListReview admitted = ReviewNominations(Committee(41), list, Party2024ForTest(), kOpening);
  EXPECT_EQ(admitted.nominees.back().status, NomineeStatus::kOnList);
  EXPECT_EQ(admitted.final_list.size(), 47u);
}

// R-FLOOR-GATE (party-2014): a show-of-hands decision, more than half of the convened.
TEST(NomineeReviewTest, ShowOfHandsProfileDecidesByMoreThanHalfOfTheConvened) {
  Profile profile = Party2024ForTest();
  profile.floor_gate_method = FloorGateMethod::kShowOfHands;
  std::vector<Nominee> list = CommitteeList(46);
  list.push_back(Person("self", NominationSource::kSelf));
  list.back().gate = GateVote{275, 260, 137};  // 137 * 2 = 274, not more than 275
  EXPECT_EQ(ReviewNominations(Committee(41), list, profile, kOpening).nominees.back().status,
            NomineeStatus::kNotAdmitted);
  list.back().gate = GateVote{275, 260, 138};
  EXPECT_EQ(ReviewNominations(Committee(41), list, profile, kOpening).nominees.back().status,
            NomineeStatus::kOnList);
}

// R-VOTERS: probationary members, or members not yet full on the opening day, do not stand.
TEST(NomineeReviewTest, OnlyFullMembersStand) {
  std::vector<Nominee> list = CommitteeList(47);
  list[0].full_member = false;
  list[1].full_member_date = D("2020-07-01");
  ListReview review = ReviewNominations(Committee(41), list, Party2024ForTest(), kOpening);
  EXPECT_EQ(review.nominees[0].status, NomineeStatus::kIneligible);
  EXPECT_EQ(review.nominees[0].findings.at(0).rule, "R-VOTERS");
  EXPECT_EQ(review.nominees[1].status, NomineeStatus::kIneligible);
  EXPECT_NE(review.nominees[1].findings.at(0).message.find("14/06/2020"), std::string::npos);
  EXPECT_EQ(review.final_list.size(), 45u);
  EXPECT_EQ(review.committee_list, 45);  // 4 over 41: below 10%
  EXPECT_EQ(review.blockers.at(0).rule, "R-SURPLUS");
}

// R-INCUMBENT: a committee member stands only on the committee's list and nominates no one
// outside it.
TEST(NomineeReviewTest, IncumbentsStayOnTheCommitteesList) {
  std::vector<Nominee> list = CommitteeList(47);
  list[0].convening_committee_member = true;  // on the list: fine
  Nominee self = Person("self", NominationSource::kSelf);
  self.convening_committee_member = true;
  self.gate = GateVote{0, 270, 200};
  Nominee floor = Person("floor", NominationSource::kFloor);
  floor.nominated_by_committee_member = true;
  floor.gate = GateVote{0, 270, 200};
  list.push_back(self);
  list.push_back(floor);
  ListReview review = ReviewNominations(Committee(41), list, Party2024ForTest(), kOpening);
  EXPECT_EQ(review.nominees[0].status, NomineeStatus::kOnList);
  EXPECT_EQ(review.nominees[47].status, NomineeStatus::kIneligible);
  EXPECT_EQ(review.nominees[47].findings.at(0).rule, "R-INCUMBENT");
  EXPECT_EQ(review.nominees[48].status, NomineeStatus::kIneligible);
  EXPECT_NE(review.nominees[48].findings.at(0).message.find("người giới thiệu"), std::string::npos);
  EXPECT_EQ(review.final_list.size(), 47u);
}

// R-WITHDRAW: never automatic; the vote passes with more than half of the convened
// (R-SHOW-OF-HANDS).
TEST(NomineeReviewTest, WithdrawalWaitsForTheVoteAndNeedsMoreThanHalfOfTheConvened) {
  std::vector<Nominee> list = CommitteeList(47);
  list[5].withdrawal_requested = true;
  ListReview pending = ReviewNominations(Committee(41), list, Party2024ForTest(), kOpening);
  EXPECT_EQ(pending.nominees[5].status, NomineeStatus::kWithdrawalPending);
  EXPECT_EQ(pending.final_list.size(), 47u);
  ASSERT_FALSE(pending.blockers.empty());
  EXPECT_EQ(pending.blockers[0].rule, "R-WITHDRAW");

  list[5].withdrawal_vote = ShowOfHands{275, 270, 137};
  ListReview refused = ReviewNominations(Committee(41), list, Party2024ForTest(), kOpening);
  EXPECT_EQ(refused.nominees[5].status, NomineeStatus::kOnList);
  EXPECT_EQ(refused.nominees[5].withdrawal_passed, false);

  list[5].withdrawal_vote = ShowOfHands{275, 270, 138};
  ListReview passed = ReviewNominations(Committee(41), list, Party2024ForTest(), kOpening);
  EXPECT_EQ(passed.nominees[5].status, NomineeStatus::kWithdrawn);
  EXPECT_EQ(passed.final_list.size(), 46u);
  EXPECT_EQ(passed.committee_list, 47);  // the list the committee prepared, withdrawals included
  EXPECT_TRUE(passed.blockers.empty());
}

TEST(NomineeReviewTest, AgeAndMonthsToRetirementAreWholeUnits) {
  EXPECT_EQ(WholeYearsOfAge(D("1980-06-14"), D("2020-06-14")), 40);
  EXPECT_EQ(WholeYearsOfAge(D("1980-06-15"), D("2020-06-14")), 39);
  // Born 15/3/1965, 60 years on 15/3/2025: from 14/6/2020, 57 whole months.
  EXPECT_EQ(MonthsToRetirement(D("1965-03-15"), 720, D("2020-06-14")), 57);
  EXPECT_EQ(MonthsToRetirement(D("1965-03-14"), 720, D("2020-06-14")), 57);
  EXPECT_EQ(MonthsToRetirement(D("1965-03-13"), 720, D("2020-06-14")), 56);
  EXPECT_LT(MonthsToRetirement(D("1955-01-01"), 720, D("2020-06-14")), 0);
}

// R-STRUCTURE: shares against the targets are warnings; time left is per person.
TEST(NomineeReviewTest, StructureCountsBandsAndWarnsAgainstTargets) {
  std::vector<Nominee> list = CommitteeList(10);
  list[0].gender = "female";                  // 1 woman in 10: below 15%
  list[1].birth_date = D("1985-01-01");       // 35: under 40
  list[2].birth_date = D("1970-06-14");       // 50: in 40–50 (7 of 10: above 50%)
  list[3].birth_date = D("1980-06-14");       // 40: in 40–50
  list[4].convening_committee_member = true;  // re-elected
  list[4].birth_date = D("1962-01-01");       // 58: 18 months to 60
  list[5].birth_date.reset();
  std::vector<int> all = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  ListStructure stats = ComputeListStructure(list, all, ListStructureTargets{}, kOpening);
  EXPECT_EQ(stats.total, 10);
  EXPECT_EQ(stats.women, 1);
  EXPECT_EQ(stats.women_percent, 1000);
  EXPECT_EQ(stats.under_40, 1);
  EXPECT_EQ(stats.age_40_50, 7);  // 40, 50 and the five born in 1975 (45)
  EXPECT_EQ(stats.over_50, 1);
  EXPECT_EQ(stats.age_unknown, 1);
  EXPECT_EQ(stats.reelected, 1);
  EXPECT_EQ(stats.first_time, 9);
  std::vector<std::string> codes;
  for (const auto& warning : stats.warnings) codes.push_back(warning.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"women", "age_40_50", "time_left", "birth_date"}));
  EXPECT_NE(stats.warnings[0].message.find("10,00%"), std::string::npos);
  EXPECT_NE(stats.warnings[2].message.find("tái cử cần ít nhất 48 tháng"), std::string::npos);
}

TEST(NomineeReviewTest, TargetsAreChecked) {
  ListStructureTargets targets;
  EXPECT_TRUE(CheckListStructureTargets(targets).ok());
  targets.women_min_percent = 120;
  EXPECT_EQ(CheckListStructureTargets(targets).error().field, "women_min_percent");
  targets = {};
  targets.age_40_50_min_percent = 60;
  EXPECT_EQ(CheckListStructureTargets(targets).error().field, "age_40_50_min_percent");
}

}  // namespace
}  // namespace daihoi::election
