// Inspection assignment at the Hà Nội scale (50 units, 16 teams, 1–4 each) and at national scale
// (3,321 communes, 300 teams), against a baseline that deals the same units round-robin with no
// constraint at all.
#include <random>

#include "ratio.h"
#include "teams/inspection.h"

namespace {

using daihoi::Date;
using namespace daihoi::teams;

struct Instance {
  std::vector<InspectionTeam> teams;
  std::vector<InspectedUnit> units;
  AssignmentRules rules;
  Date from = *Date::Parse("2020-05-20");
  Date to = *Date::Parse("2020-06-19");
};

Instance Make(int n_units, int n_teams, int max_per_team, int window_days) {
  Instance c;
  std::mt19937 rng(42);
  for (int u = 0; u < n_units; ++u) {
    c.units.push_back({"U" + std::to_string(u), "", static_cast<int64_t>(100 + rng() % 3000), 1});
  }
  for (int t = 0; t < n_teams; ++t) {
    InspectionTeam team{"T" + std::to_string(t), "", {}};
    for (int m = 0; m < 5; ++m) {
      team.members.push_back({"P" + std::to_string(t * 5 + m), "U" + std::to_string(rng() % n_units)});
    }
    c.teams.push_back(team);
  }
  c.rules.max_units_per_team = max_per_team;
  c.to = c.from.AddDays(window_days);
  return c;
}

void BM_RoundRobin(benchmark::State& state, const Instance& c) {
  for (auto _ : state) {
    std::vector<Visit> visits;
    visits.reserve(c.units.size());
    for (size_t u = 0; u < c.units.size(); ++u) {
      visits.push_back({c.teams[u % c.teams.size()].id, c.units[u].code, c.from, c.from});
    }
    benchmark::DoNotOptimize(visits);
  }
}

void BM_Assign(benchmark::State& state, const Instance& c) {
  for (auto _ : state) {
    auto result = AssignInspections(c.teams, c.units, c.from, c.to, c.rules);
    if (!result.ok()) state.SkipWithError(result.error().message.c_str());
    benchmark::DoNotOptimize(result);
  }
}

const Instance kHanoi = Make(50, 16, 4, 30);
const Instance kNational = Make(3321, 300, 12, 120);

BENCHMARK_CAPTURE(BM_RoundRobin, hanoi, kHanoi);
BENCHMARK_CAPTURE(BM_Assign, hanoi, kHanoi);
BENCHMARK_CAPTURE(BM_RoundRobin, national, kNational)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Assign, national, kNational)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  return daihoi::bench::RunWithRatios(argc, argv,
                                      {{"BM_Assign/hanoi", "BM_RoundRobin/hanoi"},
                                       {"BM_Assign/national", "BM_RoundRobin/national"}});
}
