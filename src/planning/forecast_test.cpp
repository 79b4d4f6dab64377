// The forecast of a round (planning/forecast.h): per level the latest end among held and
// scheduled congresses, none while any is unscheduled, judged against the plan's windows
// (R-WINDOWS) when a plan is given.
#include "planning/forecast.h"

#include <gtest/gtest.h>

#include "planning/progress.h"

namespace daihoi::planning {
namespace {

Date D(const char* text) { return *Date::Parse(text); }

// BD (district) → QT, TB, KM (grassroots); QT → QT1, QT2 (cells).
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

Congress Held(Congress c, const char* start, const char* end) {
  c.held_start = D(start);
  c.held_end = D(end);
  return c;
}

// Every organization has a date: cells held in February, grassroots in May, the district in June.
std::vector<Congress> Scheduled() {
  return {
      C("BD", "2020-2025", D("2020-06-14"), D("2020-06-16")),
      Held(C("QT", "2020-2025", D("2020-05-10"), D("2020-05-11")), "2020-05-10", "2020-05-11"),
      Held(C("QT1", "2020-2022", D("2020-02-10"), D("2020-02-10")), "2020-02-10", "2020-02-10"),
      Held(C("QT2", "2020-2022", D("2020-02-12"), D("2020-02-12")), "2020-02-13", "2020-02-13"),
      C("TB", "2020-2025", D("2020-05-20"), D("2020-05-21")),
      C("KM", "2020-2025", D("2020-05-26"), D("2020-05-27")),
      C("KM", "2015-2020", D("2015-05-20"), D("2015-09-30")),  // an older round: ignored
  };
}

Plan BadinhPlan() {
  Plan plan;
  plan.root = "BD";
  plan.term = "2020-2025";
  plan.windows["cell"] = {D("2020-01-01"), D("2020-03-31")};
  plan.windows["grassroots"] = {D("2020-04-01"), D("2020-05-25")};
  plan.windows["district"] = {D("2020-06-01"), D("2020-08-31")};
  return plan;
}

Forecast Predict(const std::vector<Congress>& congresses, const std::string& root,
                 const char* as_of, const Plan* plan = nullptr) {
  auto tree = org::OrgTree::Build(Orgs(), org::DefaultLevels());
  EXPECT_TRUE(tree.ok());
  ForecastOptions options;
  options.round_year = 2020;
  options.plan = plan;
  auto forecast = ComputeForecast(*tree, org::DefaultLevels(), congresses, root, D(as_of), options);
  EXPECT_TRUE(forecast.ok()) << forecast.error().Describe();
  return *forecast;
}

TEST(ForecastTest, EachLevelFinishesOnItsLatestEnd) {
  Forecast f = Predict(Scheduled(), "BD", "2020-05-19");
  ASSERT_EQ(f.levels.size(), 3u);
  // The root's own level first, then by rank.
  EXPECT_EQ(f.levels[0].level, "district");
  EXPECT_EQ(f.levels[0].finish, D("2020-06-16"));
  EXPECT_EQ(f.levels[1].level, "grassroots");
  EXPECT_EQ(f.levels[1].held, 1);
  EXPECT_EQ(f.levels[1].scheduled, 2);
  EXPECT_EQ(f.levels[1].finish, D("2020-05-27"));  // KM, the last to come
  EXPECT_EQ(f.levels[2].level, "cell");
  EXPECT_EQ(f.levels[2].verdict, LevelVerdict::kDone);
  EXPECT_EQ(f.levels[2].finish, D("2020-02-13"));  // QT2's held end, not its planned end
  EXPECT_EQ(f.finish, D("2020-06-16"));
  EXPECT_EQ(f.levels[1].verdict, LevelVerdict::kNoWindow);  // no plan to judge by
  EXPECT_TRUE(f.at_risk.empty());
}

TEST(ForecastTest, NoForecastWhileAnyIsUnscheduled) {
  auto congresses = Scheduled();
  congresses[5].planned_start.reset();  // KM loses its dates
  congresses[5].planned_end.reset();
  Forecast f = Predict(congresses, "BD", "2020-05-19");
  const LevelForecast& grassroots = f.levels[1];
  EXPECT_EQ(grassroots.unscheduled, 1);
  EXPECT_FALSE(grassroots.finish.has_value());
  EXPECT_EQ(grassroots.latest_end, D("2020-05-21"));  // the least it will take: TB
  EXPECT_EQ(grassroots.verdict, LevelVerdict::kUnknown);
  EXPECT_FALSE(f.finish.has_value());
  // An organization without any congress of the round is unscheduled as well.
  congresses.erase(congresses.begin() + 4);  // TB
  f = Predict(congresses, "BD", "2020-05-19");
  EXPECT_EQ(f.levels[1].unscheduled, 2);
  EXPECT_EQ(f.levels[1].latest_end, D("2020-05-11"));
}

TEST(ForecastTest, AnOverdueCongressEndsNoEarlierThanTheDay) {
  // As of 30/05 TB (planned to end 21/05) and KM (27/05) are not held: both overdue, and the
  // level cannot finish before the day itself.
  Forecast f = Predict(Scheduled(), "BD", "2020-05-30");
  const LevelForecast& grassroots = f.levels[1];
  EXPECT_EQ(grassroots.overdue, 2);
  EXPECT_EQ(grassroots.finish, D("2020-05-30"));
  ASSERT_EQ(f.at_risk.size(), 2u);
  EXPECT_EQ(f.at_risk[0].code, "TB");
  EXPECT_EQ(f.at_risk[0].reason, RiskReason::kOverdue);
  EXPECT_EQ(f.at_risk[0].planned_end, D("2020-05-21"));
  EXPECT_EQ(f.at_risk[0].expected_end, D("2020-05-30"));
  EXPECT_EQ(f.at_risk[1].code, "KM");
}

TEST(ForecastTest, JudgedAgainstThePlansWindows) {
  const Plan plan = BadinhPlan();
  Forecast f = Predict(Scheduled(), "BD", "2020-05-19", &plan);
  EXPECT_EQ(f.levels[0].verdict, LevelVerdict::kOnTime);  // 16/06 inside 01/06–31/08
  EXPECT_EQ(f.levels[0].window->end, D("2020-08-31"));
  EXPECT_EQ(f.levels[1].verdict, LevelVerdict::kLate);  // KM ends 27/05, the window 25/05
  EXPECT_EQ(f.levels[1].days_late, 2);
  EXPECT_EQ(f.levels[2].verdict, LevelVerdict::kDone);
  ASSERT_EQ(f.at_risk.size(), 1u);
  EXPECT_EQ(f.at_risk[0].code, "KM");
  EXPECT_EQ(f.at_risk[0].reason, RiskReason::kAfterWindow);
  EXPECT_EQ(f.at_risk[0].window_end, D("2020-05-25"));

  // Overdue congresses come first, each listed once.
  f = Predict(Scheduled(), "BD", "2020-05-30", &plan);
  ASSERT_EQ(f.at_risk.size(), 2u);
  EXPECT_EQ(f.at_risk[0].reason, RiskReason::kOverdue);
  EXPECT_EQ(f.at_risk[1].reason, RiskReason::kOverdue);
}

TEST(ForecastTest, APilotIsJudgedOnItsOwnWindow) {
  Plan plan = BadinhPlan();
  plan.pilots = {"KM"};
  plan.pilot_windows["grassroots"] = {D("2020-04-01"), D("2020-05-31")};
  Forecast f = Predict(Scheduled(), "BD", "2020-05-19", &plan);
  EXPECT_TRUE(f.at_risk.empty());
  // The level's verdict still reads the level's window.
  EXPECT_EQ(f.levels[1].verdict, LevelVerdict::kLate);
}

TEST(ForecastTest, ASubtreeAndTheWholeCountry) {
  Forecast f = Predict(Scheduled(), "QT", "2020-05-19");
  ASSERT_EQ(f.levels.size(), 2u);
  EXPECT_EQ(f.levels[0].level, "grassroots");
  EXPECT_EQ(f.levels[0].total, 1);
  EXPECT_EQ(f.levels[0].verdict, LevelVerdict::kDone);
  EXPECT_EQ(f.finish, D("2020-05-11"));

  Forecast all = Predict(Scheduled(), "", "2020-05-19");
  ASSERT_EQ(all.levels.size(), 3u);
  EXPECT_EQ(all.levels[0].total, 1);
  EXPECT_EQ(all.levels[1].total, 3);
  EXPECT_EQ(all.levels[2].total, 2);
  EXPECT_EQ(all.finish, D("2020-06-16"));
}

TEST(ForecastTest, UnknownRoot) {
  auto tree = org::OrgTree::Build(Orgs(), org::DefaultLevels());
  ForecastOptions options;
  auto f = ComputeForecast(*tree, org::DefaultLevels(), {}, "NOWHERE", D("2020-05-01"), options);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().field, "root");
}

TEST(ProgressOfTheWholeCountryTest, EveryOrganizationCountsAndTheTopsAreTheChildren) {
  auto tree = org::OrgTree::Build(Orgs(), org::DefaultLevels());
  auto all = ComputeProgress(*tree, org::DefaultLevels(), Scheduled(), "", D("2020-05-19"));
  auto bd = ComputeProgress(*tree, org::DefaultLevels(), Scheduled(), "BD", D("2020-05-19"));
  ASSERT_TRUE(all.ok() && bd.ok());
  EXPECT_EQ(all->round_year, 2020);
  ASSERT_EQ(all->levels.size(), 3u);
  EXPECT_EQ(all->levels[0].level, "district");
  EXPECT_EQ(all->levels[0].scheduled, 1);
  // Below the top the figures are BD's own.
  EXPECT_EQ(all->levels[1].held, bd->levels[0].held);
  EXPECT_EQ(all->levels[2].held, bd->levels[1].held);
  ASSERT_EQ(all->children.size(), 1u);
  EXPECT_EQ(all->children[0].code, "BD");
  EXPECT_EQ(all->children[0].levels.size(), 3u);
}

}  // namespace
}  // namespace daihoi::planning
