// Progress rollups (CONTRACTS.md "Data": held iff held_end <= as_of; overdue ⊂ scheduled).
#include "planning/progress.h"

#include <gtest/gtest.h>

namespace daihoi::planning {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

std::vector<org::Organization> Orgs() {
  return {
      {"BD", "Đảng bộ quận Ba Đình", "district", "", "", std::nullopt},
      {"QT", "Đảng bộ phường Quán Thánh", "grassroots", "BD", "residential", std::nullopt},
      {"QT1", "Chi bộ 1", "cell", "QT", "residential", 30},
      {"QT2", "Chi bộ 2", "cell", "QT", "residential", 12},
      {"TB", "Đảng bộ phường Trúc Bạch", "grassroots", "BD", "residential", 150},
      {"KM", "Đảng bộ phường Kim Mã", "grassroots", "BD", "residential", 90},
  };
}

Congress C(std::string org, std::string term, std::optional<Date> start, std::optional<Date> end) {
  Congress c;
  c.org_code = std::move(org);
  c.term = std::move(term);
  c.planned_start = start;
  c.planned_end = end;
  return c;
}

TEST(ProgressTest, CountsPerLevelAndChild) {
  auto tree = org::OrgTree::Build(Orgs(), org::DefaultLevels());
  ASSERT_TRUE(tree.ok());
  std::vector<Congress> congresses = {
      C("BD", "2020-2025", D("2020-08-05"), D("2020-08-07")),
      C("QT", "2020-2025", D("2020-05-10"), D("2020-05-11")),
      C("QT1", "2020-2022", D("2020-02-10"), D("2020-02-10")),
      C("QT2", "2020-2022", std::nullopt, std::nullopt),
      C("TB", "2020-2025", D("2020-05-20"), D("2020-05-21")),
      C("TB", "2015-2020", D("2015-05-20"), D("2015-05-21")),  // an older round: ignored
  };
  congresses[1].held_start = D("2020-05-10");
  congresses[1].held_end = D("2020-05-11");
  congresses[2].held_end = D("2020-02-10");
  // KM has no congress at all: unscheduled.
  // As of 20/05: QT held (11/05 ≤ 20/05); TB scheduled (ends 21/05, not overdue).
  auto p = ComputeProgress(*tree, org::DefaultLevels(), congresses, "BD", D("2020-05-20"));
  ASSERT_TRUE(p.ok()) << p.error().Describe();
  EXPECT_EQ(p->round_year, 2020);
  ASSERT_EQ(p->levels.size(), 2u);
  EXPECT_EQ(p->levels[0].level, "grassroots");
  EXPECT_EQ(p->levels[0].total, 3);
  EXPECT_EQ(p->levels[0].held, 1);
  EXPECT_EQ(p->levels[0].scheduled, 1);
  EXPECT_EQ(p->levels[0].unscheduled, 1);
  EXPECT_EQ(p->levels[0].overdue, 0);
  EXPECT_EQ(p->levels[1].level, "cell");
  EXPECT_EQ(p->levels[1].total, 2);
  EXPECT_EQ(p->levels[1].held, 1);
  EXPECT_EQ(p->levels[1].unscheduled, 1);
  ASSERT_EQ(p->children.size(), 3u);
  EXPECT_EQ(p->children[0].code, "QT");
  ASSERT_EQ(p->children[0].levels.size(), 2u);
  EXPECT_EQ(p->children[0].levels[0].held, 1);  // QT itself
  EXPECT_EQ(p->children[0].levels[1].total, 2);
  EXPECT_TRUE(p->overdue.empty());

  // As of 22/05 TB's planned end (21/05) has passed: overdue, and still scheduled.
  p = ComputeProgress(*tree, org::DefaultLevels(), congresses, "BD", D("2020-05-22"));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->levels[0].scheduled, 1);
  EXPECT_EQ(p->levels[0].overdue, 1);
  ASSERT_EQ(p->overdue.size(), 1u);
  EXPECT_EQ(p->overdue[0].code, "TB");
}

TEST(ProgressTest, HeldOnlyOnceHeldEndIsReached) {
  auto tree = org::OrgTree::Build(Orgs(), org::DefaultLevels());
  std::vector<Congress> congresses = {C("TB", "2020-2025", D("2020-05-20"), D("2020-05-21"))};
  congresses[0].held_start = D("2020-05-20");
  congresses[0].held_end = D("2020-05-21");
  auto before = ComputeProgress(*tree, org::DefaultLevels(), congresses, "BD", D("2020-05-20"));
  auto on = ComputeProgress(*tree, org::DefaultLevels(), congresses, "BD", D("2020-05-21"));
  ASSERT_TRUE(before.ok() && on.ok());
  EXPECT_EQ(before->levels[0].held, 0);
  EXPECT_EQ(before->levels[0].scheduled, 1);
  EXPECT_EQ(on->levels[0].held, 1);
}

TEST(ProgressTest, AtRiskWhenTheParentOpensTooSoon) {
  auto tree = org::OrgTree::Build(Orgs(), org::DefaultLevels());
  std::vector<Congress> congresses = {
      C("BD", "2020-2025", D("2020-06-01"), D("2020-06-03")),
      C("TB", "2020-2025", D("2020-05-27"), D("2020-05-28")),  // 4 days before BD
      C("KM", "2020-2025", D("2020-05-10"), D("2020-05-11")),  // 21 days before
  };
  ProgressOptions options;
  options.at_risk_days = 7;
  auto p = ComputeProgress(*tree, org::DefaultLevels(), congresses, "BD", D("2020-05-01"), options);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->at_risk.size(), 1u);
  EXPECT_EQ(p->at_risk[0].code, "TB");
  EXPECT_EQ(p->at_risk[0].days_before_parent, 4);
  options.at_risk_days = 3;
  p = ComputeProgress(*tree, org::DefaultLevels(), congresses, "BD", D("2020-05-01"), options);
  EXPECT_TRUE(p->at_risk.empty());
}

TEST(ProgressTest, UnknownRoot) {
  auto tree = org::OrgTree::Build(Orgs(), org::DefaultLevels());
  auto p = ComputeProgress(*tree, org::DefaultLevels(), {}, "NOWHERE", D("2020-05-01"));
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().field, "root");
}

}  // namespace
}  // namespace daihoi::planning
