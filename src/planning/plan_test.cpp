// R-WINDOWS, R-ORDER-OF-LEVELS, R-KIND, R-MAX-DAYS, R-UNSCHEDULED, R-NOTICE, R-TERM, R-QUORUM.
#include "planning/plan.h"

#include <gtest/gtest.h>

namespace daihoi::planning {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

std::vector<org::Organization> Orgs() {
  return {
      {"BD", "Đảng bộ quận Ba Đình", "district", "", "", std::nullopt},
      {"QT", "Đảng bộ phường Quán Thánh", "grassroots", "BD", "residential", std::nullopt},
      {"QT1", "Chi bộ 1", "cell", "QT", "residential", 120},
      {"QT2", "Chi bộ 2", "cell", "QT", "residential", 80},
      {"TB", "Đảng bộ phường Trúc Bạch", "grassroots", "BD", "residential", 150},
  };
}

Congress C(std::string org, std::string term, const char* start, const char* end,
           CongressKind kind = CongressKind::kMembers) {
  Congress c;
  c.org_code = std::move(org);
  c.term = std::move(term);
  c.kind = kind;
  c.planned_start = D(start);
  c.planned_end = D(end);
  return c;
}

Plan MakePlan() {
  Plan plan;
  plan.root = "BD";
  plan.term = "2020-2025";
  plan.windows["cell"] = {D("2020-01-01"), D("2020-03-31")};
  plan.windows["grassroots"] = {D("2020-04-01"), D("2020-06-30")};
  plan.windows["district"] = {D("2020-07-01"), D("2020-08-31")};
  plan.max_days["grassroots"] = 2;
  plan.max_days["district"] = 3;
  return plan;
}

std::vector<Congress> Good() {
  return {
      C("BD", "2020-2025", "2020-08-05", "2020-08-07", CongressKind::kDelegates),
      C("QT", "2020-2025", "2020-05-10", "2020-05-11", CongressKind::kDelegates),  // 200
      C("QT1", "2020-2022", "2020-02-10", "2020-02-10"),
      C("QT2", "2020-2022", "2020-02-12", "2020-02-12"),
      C("TB", "2020-2025", "2020-05-12", "2020-05-13"),
  };
}

std::vector<Violation> Check(const Plan& plan, const std::vector<Congress>& congresses) {
  auto tree = org::OrgTree::Build(Orgs(), org::DefaultLevels());
  EXPECT_TRUE(tree.ok());
  auto result = CheckPlan(plan, *tree, org::DefaultLevels(), congresses);
  EXPECT_TRUE(result.ok()) << result.error().Describe();
  return result.ok() ? *result : std::vector<Violation>{};
}

TEST(PlanCheckTest, AGoodPlanHasNoViolation) { EXPECT_TRUE(Check(MakePlan(), Good()).empty()); }

TEST(PlanCheckTest, WindowsWithVietnameseDates) {
  auto congresses = Good();
  congresses[4] = C("TB", "2020-2025", "2020-07-05", "2020-07-05");
  auto v = Check(MakePlan(), congresses);
  ASSERT_GE(v.size(), 1u);
  EXPECT_EQ(v[0].rule, "R-WINDOWS");
  EXPECT_EQ(v[0].org, "TB");
  EXPECT_EQ(
      v[0].message,
      "Đại hội ngày 05/07/2020 nằm ngoài khung thời gian cấp cơ sở (01/04/2020 – 30/06/2020)");
}

TEST(PlanCheckTest, MaxDaysCountsBothEnds) {
  auto congresses = Good();
  congresses[4] = C("TB", "2020-2025", "2020-05-12", "2020-05-14");  // 3 days > 2
  auto v = Check(MakePlan(), congresses);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].rule, "R-MAX-DAYS");
  congresses[4] = C("TB", "2020-2025", "2020-05-12", "2020-05-13");  // exactly 2
  EXPECT_TRUE(Check(MakePlan(), congresses).empty());
}

TEST(PlanCheckTest, KindThresholdIsInclusiveAt200) {
  auto congresses = Good();
  congresses[1].kind = CongressKind::kMembers;  // QT has 120 + 80 = 200 members
  auto v = Check(MakePlan(), congresses);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].rule, "R-KIND");
  EXPECT_EQ(v[0].org, "QT");
  Plan plan = MakePlan();
  plan.members_congress_below = 201;  // now 200 is below: a members' congress is right
  EXPECT_TRUE(Check(plan, congresses).empty());
  congresses = Good();
  congresses[2].kind = CongressKind::kDelegates;  // a cell never
  v = Check(MakePlan(), congresses);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].org, "QT1");
}

TEST(PlanCheckTest, OrderOfLevelsBothClauses) {
  auto congresses = Good();
  congresses[0] = C("BD", "2020-2025", "2020-05-13", "2020-05-15", CongressKind::kDelegates);
  Plan plan = MakePlan();
  plan.windows.erase("district");
  auto v = Check(plan, congresses);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].rule, "R-ORDER-OF-LEVELS");
  EXPECT_EQ(v[0].org, "BD");  // TB ends on 13/05, the day BD opens
  EXPECT_NE(v[0].message.find("TB"), std::string::npos);

  plan = MakePlan();
  plan.pilots = {"TB"};  // TB ends 13/05; QT opens 10/05
  v = Check(plan, Good());
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].rule, "R-ORDER-OF-LEVELS");
  EXPECT_EQ(v[0].org, "QT");
  EXPECT_NE(v[0].message.find("đại hội điểm TB"), std::string::npos);
}

TEST(PlanCheckTest, HeldDatesWinOverPlannedDates) {
  auto congresses = Good();
  congresses[4].held_start = D("2020-07-02");
  congresses[4].held_end = D("2020-07-02");
  auto v = Check(MakePlan(), congresses);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].rule, "R-WINDOWS");
  EXPECT_NE(v[0].message.find("02/07/2020"), std::string::npos);
}

TEST(PlanCheckTest, UnscheduledAndCellTerms) {
  auto congresses = Good();
  congresses[3].term = "2017-2020";  // QT2's congress of another round does not count
  congresses[4].planned_start.reset();
  congresses[4].planned_end.reset();
  auto v = Check(MakePlan(), congresses);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].org, "QT2");
  EXPECT_EQ(v[0].rule, "R-UNSCHEDULED");
  EXPECT_EQ(v[1].org, "TB");
  EXPECT_EQ(v[1].rule, "R-UNSCHEDULED");
}

TEST(PlanCheckTest, NoticeInWorkingDays) {
  Plan plan = MakePlan();
  plan.notice_working_days = 30;
  // BD opens Wednesday 05/08/2020. 30 working days before: Wednesday 24/06/2020.
  plan.announcements["BD"] = D("2020-06-24");
  EXPECT_TRUE(Check(plan, Good()).empty());
  plan.announcements["BD"] = D("2020-06-25");
  auto v = Check(plan, Good());
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].rule, "R-NOTICE");
  EXPECT_NE(v[0].message.find("29 ngày làm việc"), std::string::npos);
}

TEST(PlanCheckTest, StableOrderByTreeThenRule) {
  auto congresses = Good();
  congresses[1] = C("QT", "2020-2025", "2020-07-10", "2020-07-14", CongressKind::kMembers);
  auto v = Check(MakePlan(), congresses);
  std::vector<std::string> rules;
  for (const auto& x : v) rules.push_back(x.org + " " + x.rule);
  EXPECT_EQ(rules, (std::vector<std::string>{"QT R-KIND", "QT R-MAX-DAYS", "QT R-WINDOWS"}));
}

TEST(PlanCheckTest, UnknownRootIsBadInput) {
  auto tree = org::OrgTree::Build(Orgs(), org::DefaultLevels());
  Plan plan = MakePlan();
  plan.root = "NOWHERE";
  auto result = CheckPlan(plan, *tree, org::DefaultLevels(), Good());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "root");
}

TEST(PlanTest, QuorumIsMoreThanTheShare) {
  const Share two_thirds;
  EXPECT_FALSE(QuorumMet(two_thirds, 300, 200));  // exactly 2/3 is not more
  EXPECT_TRUE(QuorumMet(two_thirds, 300, 201));
  EXPECT_EQ(TermStartYear("2020-2025"), 2020);
  EXPECT_FALSE(TermStartYear("20-25"));
}

}  // namespace
}  // namespace daihoi::planning
