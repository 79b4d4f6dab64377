#include "teams/inspection.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

namespace daihoi::teams {
namespace {

Date D(const char* iso) { return *Date::Parse(iso); }

// Hà Nội 2020: 16 teams, 50 units, 1–4 units each, 20/5–19/6/2020.
struct HanoiCase {
  std::vector<InspectionTeam> teams;
  std::vector<InspectedUnit> units;
};

HanoiCase Hanoi() {
  HanoiCase c;
  std::mt19937 rng(2020);
  for (int u = 0; u < 50; ++u) {
    c.units.push_back({"U" + std::to_string(u), "Đảng bộ " + std::to_string(u),
                       static_cast<int64_t>(200 + rng() % 2500), 1 + static_cast<int>(rng() % 2)});
  }
  for (int t = 0; t < 16; ++t) {
    InspectionTeam team{"T" + std::to_string(t), "Đoàn " + std::to_string(t + 1), {}};
    for (int m = 0; m < 4; ++m) {
      // Each team has a member from some unit it therefore must not inspect.
      team.members.push_back({"P" + std::to_string(t * 4 + m), "U" + std::to_string((t * 3 + m) % 50)});
    }
    c.teams.push_back(team);
  }
  return c;
}

TEST(InspectionTest, HanoiSixteenTeamsFiftyUnits) {
  HanoiCase c = Hanoi();
  AssignmentRules rules;  // 1–4 units per team
  auto result = AssignInspections(c.teams, c.units, D("2020-05-20"), D("2020-06-19"), rules);
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  EXPECT_EQ(result->visits.size(), 50u);
  EXPECT_TRUE(CheckAssignment(c.teams, c.units, D("2020-05-20"), D("2020-06-19"), rules,
                              result->visits)
                  .empty());
  // Balanced: no team carries more than the average plus the largest unit.
  int64_t total = 0;
  int64_t largest = 0;
  for (const auto& u : c.units) {
    total += u.members;
    largest = std::max(largest, u.members);
  }
  int64_t max_load = *std::max_element(result->team_load.begin(), result->team_load.end());
  EXPECT_LE(max_load, total / 16 + largest);
  for (const Visit& v : result->visits) {
    EXPECT_FALSE(v.start.IsWeekend());
    EXPECT_FALSE(v.end.IsWeekend());
  }
}

TEST(InspectionTest, OverridesAreKept) {
  HanoiCase c = Hanoi();
  AssignmentRules rules;
  std::vector<Override> overrides = {{"U10", "T5"}, {"U11", "T5"}};
  auto result = AssignInspections(c.teams, c.units, D("2020-05-20"), D("2020-06-19"), rules, overrides);
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  int kept = 0;
  for (const Visit& v : result->visits) kept += (v.team == "T5" && (v.unit == "U10" || v.unit == "U11"));
  EXPECT_EQ(kept, 2);
}

TEST(InspectionTest, RefusesAnOverrideWithAConflictOfInterest) {
  HanoiCase c = Hanoi();
  // T0's first member belongs to U0.
  auto result = AssignInspections(c.teams, c.units, D("2020-05-20"), D("2020-06-19"), {},
                                  {{"U0", "T0"}});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "overrides[0]");
}

TEST(InspectionTest, ImpossibleCountsAndShortWindowsAreNamed) {
  HanoiCase c = Hanoi();
  AssignmentRules tight;
  tight.max_units_per_team = 3;  // 16 × 3 < 50
  auto over = AssignInspections(c.teams, c.units, D("2020-05-20"), D("2020-06-19"), tight);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().field, "rules");

  auto short_window = AssignInspections(c.teams, c.units, D("2020-05-20"), D("2020-05-21"), {});
  ASSERT_FALSE(short_window.ok());
  EXPECT_EQ(short_window.error().field, "to");
}

TEST(InspectionTest, ConflictsForceAChainOfMoves) {
  // Two teams, capacity 1 each; A may only take U1, so U2 must go to B even though greedy
  // order would hand B the larger U1 first.
  std::vector<InspectionTeam> teams = {{"A", "A", {{"p1", "U2"}}}, {"B", "B", {}}};
  std::vector<InspectedUnit> units = {{"U1", "", 500, 1}, {"U2", "", 100, 1}};
  AssignmentRules rules;
  rules.max_units_per_team = 1;
  auto result = AssignInspections(teams, units, D("2020-06-01"), D("2020-06-05"), rules);
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  std::map<std::string, std::string> team_of;
  for (const Visit& v : result->visits) team_of[v.unit] = v.team;
  EXPECT_EQ(team_of["U1"], "A");
  EXPECT_EQ(team_of["U2"], "B");
}

TEST(InspectionTest, APersonOnTwoTeamsIsNeverBookedTwice) {
  std::vector<InspectionTeam> teams = {{"A", "A", {{"shared", "X"}}}, {"B", "B", {{"shared", "X"}}}};
  std::vector<InspectedUnit> units = {{"U1", "", 10, 2}, {"U2", "", 10, 2}};
  AssignmentRules rules;
  // Four working days: both visits fit only one after the other.
  auto result = AssignInspections(teams, units, D("2020-06-01"), D("2020-06-04"), rules);
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  EXPECT_TRUE(CheckAssignment(teams, units, D("2020-06-01"), D("2020-06-04"), rules, result->visits).empty());
  auto too_short = AssignInspections(teams, units, D("2020-06-01"), D("2020-06-03"), rules);
  EXPECT_FALSE(too_short.ok());
}

TEST(InspectionTest, CheckAssignmentNamesEachProblem) {
  std::vector<InspectionTeam> teams = {{"A", "A", {{"p1", "U1"}}}};
  std::vector<InspectedUnit> units = {{"U1", "", 10, 1}, {"U2", "", 10, 1}};
  std::vector<Visit> visits = {{"A", "U1", D("2020-06-01"), D("2020-06-01")},
                               {"A", "U1", D("2020-06-01"), D("2020-06-01")}};
  auto problems = CheckAssignment(teams, units, D("2020-06-01"), D("2020-06-30"), {}, visits);
  // Conflict (twice), double booking, U1 covered twice, U2 never, A over its maximum? (2 ≤ 4: no).
  EXPECT_GE(problems.size(), 4u);
}

TEST(InspectionTest, RandomInstancesAlwaysSatisfyTheConstraints) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 40; ++trial) {
    int n_teams = 2 + static_cast<int>(rng() % 10);
    int n_units = n_teams + static_cast<int>(rng() % static_cast<unsigned>(n_teams * 3));
    std::vector<InspectionTeam> teams;
    std::vector<InspectedUnit> units;
    for (int u = 0; u < n_units; ++u) {
      units.push_back({"U" + std::to_string(u), "", static_cast<int64_t>(rng() % 1000), 1});
    }
    // Each team has a member from a different unit, so every instance is solvable; a unit
    // shared by two teams' members, with other units crowding the rest, would not be.
    std::vector<int> homes(static_cast<size_t>(n_units));
    for (int u = 0; u < n_units; ++u) homes[static_cast<size_t>(u)] = u;
    std::shuffle(homes.begin(), homes.end(), rng);
    for (int t = 0; t < n_teams; ++t) {
      teams.push_back({"T" + std::to_string(t), "",
                       {{"P" + std::to_string(t), "U" + std::to_string(homes[static_cast<size_t>(t)])}}});
    }
    AssignmentRules rules;
    auto result = AssignInspections(teams, units, D("2020-05-20"), D("2020-06-19"), rules);
    ASSERT_TRUE(result.ok()) << "trial " << trial << ": " << result.error().Describe();
    EXPECT_TRUE(CheckAssignment(teams, units, D("2020-05-20"), D("2020-06-19"), rules, result->visits)
                    .empty())
        << "trial " << trial;
  }
}

}  // namespace
}  // namespace daihoi::teams
