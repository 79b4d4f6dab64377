// The index answers what ComputeProgress and ComputeForecast answer, field by field, on generated
// trees (several tops, every level, skipped levels), congresses of several terms, dates and
// subtrees, with and without a plan.
#include "planning/progress_index.h"

#include <gtest/gtest.h>

#include <random>

namespace daihoi::planning {
namespace {

template <class T>
std::string Opt(const std::optional<T>& v) {
  if (!v) return "-";
  if constexpr (std::is_same_v<T, Date>) {
    return v->ToIso();
  } else {
    return std::to_string(*v);
  }
}

// Every field, one line each, so a difference shows where it is.
std::string Describe(const Progress& p) {
  std::string out = p.root + " " + p.as_of.ToIso() + " " + std::to_string(p.round_year) + "\n";
  auto rows = [&](const std::vector<LevelProgress>& levels) {
    for (const LevelProgress& l : levels) {
      out += "  " + l.level + " " + std::to_string(l.total) + " " + std::to_string(l.held) + " " +
             std::to_string(l.scheduled) + " " + std::to_string(l.unscheduled) + " " +
             std::to_string(l.overdue) + "\n";
    }
  };
  rows(p.levels);
  for (const ChildProgress& c : p.children) {
    out += "child " + c.code + " " + c.name + "\n";
    rows(c.levels);
  }
  for (const OverdueCongress& o : p.overdue) {
    out += "overdue " + o.code + " " + o.name + " " + o.level + " " + Opt(o.planned_start) + " " +
           o.planned_end.ToIso() + "\n";
  }
  for (const AtRiskCongress& a : p.at_risk) {
    out += "at_risk " + a.code + " " + a.name + " " + a.level + " " + a.planned_end.ToIso() + " " +
           a.parent_code + " " + a.parent_planned_start.ToIso() + " " +
           std::to_string(a.days_before_parent) + "\n";
  }
  return out;
}

std::string Describe(const Forecast& f) {
  std::string out = f.root + " " + f.as_of.ToIso() + " " + std::to_string(f.round_year) + " " +
                    Opt(f.finish) + "\n";
  for (const LevelForecast& l : f.levels) {
    out += "  " + l.level + " " + std::to_string(l.total) + " " + std::to_string(l.held) + " " +
           std::to_string(l.scheduled) + " " + std::to_string(l.unscheduled) + " " +
           std::to_string(l.overdue) + " " + Opt(l.latest_end) + " " + Opt(l.finish) + " " +
           (l.window ? l.window->start.ToIso() + ".." + l.window->end.ToIso() : "-") + " " +
           ToString(l.verdict) + " " + std::to_string(l.days_late) + "\n";
  }
  for (const ForecastRisk& r : f.at_risk) {
    out += std::string("risk ") + r.code + " " + r.name + " " + r.level + " " + ToString(r.reason) +
           " " + Opt(r.planned_end) + " " + r.expected_end.ToIso() + " " + Opt(r.window_end) + "\n";
  }
  return out;
}

struct Generated {
  std::vector<org::Organization> orgs;
  std::vector<Congress> congresses;
};

// A forest of `tops` provinces; each node gets children of a lower level (sometimes skipping
// one), in an order that is not the order of their codes.
Generated Generate(std::mt19937& rng, int tops) {
  const std::vector<std::string> levels = {"province", "district", "grassroots", "partial", "cell"};
  Generated g;
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  auto date = [&](int year) { return *Date::FromYmd(year, 1 + pick(12), 1 + pick(28)); };
  std::function<void(const std::string&, int, const std::string&)> grow =
      [&](const std::string& parent, int level, const std::string& prefix) {
        const std::string code = prefix;
        g.orgs.push_back({code, "Tổ chức " + code, levels[level], parent, "", std::nullopt});
        // 0–2 congresses: the round's (2025 or 2024 for cells), an older one, sometimes a
        // second term of the same start year.
        const int kinds = pick(4);
        for (int k = 0; k < kinds; ++k) {
          Congress c;
          c.org_code = code;
          const int start = k == 1 ? 2020 : (levels[level] == "cell" && pick(2) ? 2024 : 2025);
          c.term = std::to_string(start) + "-" + std::to_string(start + (k == 2 ? 2 : 5));
          if (pick(5)) c.planned_start = date(start);
          if (c.planned_start && pick(3)) {
            c.planned_end = Date::FromDays(c.planned_start->days() + pick(4));
          } else if (pick(6) == 0) {
            c.planned_end = date(start);
          }
          if (c.planned_start && pick(2)) {
            c.held_start = c.planned_start;
            c.held_end = Date::FromDays(c.planned_start->days() + pick(20));
          }
          g.congresses.push_back(c);
        }
        if (level == 4) return;
        const int children = pick(level == 0 ? 5 : 4);
        for (int i = children; i > 0; --i) {
          const int next = level + 1 + (level < 3 && pick(5) == 0 ? 1 : 0);
          grow(code, next, prefix + "-" + std::to_string(i));
        }
      };
  for (int t = tops; t > 0; --t) grow("", 0, "P" + std::to_string(t));
  std::shuffle(g.congresses.begin(), g.congresses.end(), rng);
  return g;
}

// What the generated cases exercised, so the comparison is known to cover every list.
struct Exercised {
  int64_t held = 0;
  int64_t overdue = 0;
  int64_t at_risk = 0;
  int64_t after_window = 0;
};
Exercised& Seen() {
  static Exercised seen;
  return seen;
}

void ExpectSame(const ProgressIndex& index, const org::OrgTree& tree,
                const std::vector<Congress>& congresses, const std::string& root, Date as_of,
                const ProgressOptions& options, const Plan* plan) {
  SCOPED_TRACE("root '" + root + "' as of " + as_of.ToIso());
  auto expected = ComputeProgress(tree, org::DefaultLevels(), congresses, root, as_of, options);
  if (expected.ok()) {
    Seen().overdue += static_cast<int64_t>(expected->overdue.size());
    Seen().at_risk += static_cast<int64_t>(expected->at_risk.size());
    for (const LevelProgress& l : expected->levels) Seen().held += l.held;
  }
  auto got = index.Compute(root, as_of, options, plan);
  ASSERT_TRUE(expected.ok());
  ASSERT_TRUE(got.ok()) << got.error().Describe();
  EXPECT_EQ(Describe(got->progress), Describe(*expected));
  ForecastOptions forecast_options;
  forecast_options.round_year = expected->round_year;
  forecast_options.plan = plan;
  auto forecast =
      ComputeForecast(tree, org::DefaultLevels(), congresses, root, as_of, forecast_options);
  ASSERT_TRUE(forecast.ok());
  for (const ForecastRisk& r : forecast->at_risk) {
    if (r.reason == RiskReason::kAfterWindow) ++Seen().after_window;
  }
  EXPECT_EQ(Describe(got->forecast), Describe(*forecast));
}

TEST(ProgressIndexTest, SameFiguresAsComputeProgressAndForecast) {
  std::mt19937 rng(20251123);
  Plan plan;
  plan.term = "2025-2030";
  plan.windows["cell"] = {*Date::FromYmd(2025, 1, 1), *Date::FromYmd(2025, 3, 31)};
  plan.windows["grassroots"] = {*Date::FromYmd(2025, 5, 1), *Date::FromYmd(2025, 8, 31)};
  plan.windows["province"] = {*Date::FromYmd(2025, 10, 1), *Date::FromYmd(2025, 10, 31)};
  plan.pilot_windows["cell"] = {*Date::FromYmd(2024, 12, 1), *Date::FromYmd(2024, 12, 31)};
  for (int round = 0; round < 30; ++round) {
    Generated g = Generate(rng, 1 + round % 4);
    auto tree = org::OrgTree::Build(g.orgs, org::DefaultLevels());
    ASSERT_TRUE(tree.ok()) << tree.error().Describe();
    const ProgressIndex index = ProgressIndex::Build(*tree, org::DefaultLevels(), g.congresses);
    ASSERT_EQ(index.size(), g.orgs.size());
    plan.pilots.clear();
    for (size_t i = 0; i < g.orgs.size(); i += 7) plan.pilots.push_back(g.orgs[i].code);
    std::vector<std::string> roots = {""};
    for (int k = 0; k < 6; ++k) roots.push_back(g.orgs[rng() % g.orgs.size()].code);
    for (const std::string& root : roots) {
      for (const char* day : {"2019-06-01", "2024-12-15", "2025-03-01", "2025-07-20"}) {
        ProgressOptions options;
        ExpectSame(index, *tree, g.congresses, root, *Date::Parse(day), options, nullptr);
        options.round_year = 2025;
        options.at_risk_days = 10;
        ExpectSame(index, *tree, g.congresses, root, *Date::Parse(day), options, &plan);
      }
    }
  }
  EXPECT_GT(Seen().held, 0);
  EXPECT_GT(Seen().overdue, 0);
  EXPECT_GT(Seen().at_risk, 0);
  EXPECT_GT(Seen().after_window, 0);
}

TEST(ProgressIndexTest, UnknownRootIsNotFound) {
  auto tree =
      org::OrgTree::Build({{"P", "Tỉnh", "province", "", "", std::nullopt}}, org::DefaultLevels());
  ASSERT_TRUE(tree.ok());
  const ProgressIndex index = ProgressIndex::Build(*tree, org::DefaultLevels(), {});
  auto got = index.Compute("X", *Date::FromYmd(2025, 1, 1), {}, nullptr);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(got.error().field, "root");
  EXPECT_EQ(*index.Name("P"), "Tỉnh");
  EXPECT_EQ(*index.ParentName("P"), "");
  EXPECT_EQ(index.Name("X"), nullptr);
}

}  // namespace
}  // namespace daihoi::planning
