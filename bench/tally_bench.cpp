// `daihoi tally` at national-congress scale: one round of 1,586 ballots over 200 candidates (the
// 14th Congress: 1,586 delegates; 180 seats) and 5,000 ballots over 60 candidates.
// Three measures per scale: parsing the JSON alone (the baseline), the engine alone, and the
// whole command without I/O (parse + map + engine + serialize). After the table, the ratios of
// engine and end-to-end to the parse baseline measured in the same run (bench/ratio.h).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

#include "json/tally_json.h"
#include "election/tally.h"
#include "ratio.h"

namespace {

using daihoi::json::TallyCase;

// A case whose ballots each strike `candidates - seats` names at random (valid ballots).
std::string MakeCase(int ballots, int candidates, int seats) {
  std::mt19937 rng(14);
  nlohmann::json doc;
  doc["profile"] = "party-2024";
  doc["election"] = {{"kind", "committee"},
                     {"seats", seats},
                     {"congress_kind", "delegates"},
                     {"convened", ballots + 2},
                     {"exclusions", {{{"reason", "absent_committee_member"}, {"count", 2}}}}};
  const char* family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
  const char* middle[] = {"Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Hồng", "Thanh"};
  const char* given[] = {"An",   "Bình", "Cường", "Dũng", "Đức",  "Giang", "Hà",
                         "Hùng", "Lan",  "Minh",  "Nam",  "Oanh", "Phúc",  "Quang",
                         "Sơn",  "Tâm",  "Thảo",  "Uyên", "Vinh"};
  nlohmann::json list = nlohmann::json::array();
  for (int index = 0; index < candidates; ++index) {
    list.push_back(
        {{"id", "c" + std::to_string(index)},
         {"name",
          std::string(family[index % 10]) + " " + middle[index % 8] + " " + given[index % 19]},
         {"birth_date", std::to_string(1960 + index % 25) + "-0" + std::to_string(1 + index % 9) +
                            "-1" + std::to_string(index % 10)}});
  }
  doc["candidates"] = list;
  doc["issued"] = ballots;
  std::vector<int> ids(static_cast<size_t>(candidates));
  for (int index = 0; index < candidates; ++index) ids[static_cast<size_t>(index)] = index;
  // Candidates differ in popularity so the ranking is not flat.
  std::vector<double> weight(ids.size());
  for (size_t index = 0; index < weight.size(); ++index) weight[index] = 1.0 + (index * 37 % 11);
  nlohmann::json all = nlohmann::json::array();
  for (int ballot = 0; ballot < ballots; ++ballot) {
    std::vector<int> pool = ids;
    std::shuffle(pool.begin(), pool.end(), rng);
    std::partial_sort(pool.begin(), pool.begin() + (candidates - seats), pool.end(),
                      [&](int a, int b) {
                        return weight[static_cast<size_t>(a)] * (a % 3 + 1) <
                               weight[static_cast<size_t>(b)] * (b % 3 + 1);
                      });
    nlohmann::json struck = nlohmann::json::array();
    for (int position = 0; position < candidates - seats; ++position) {
      struck.push_back("c" + std::to_string(pool[static_cast<size_t>(position)]));
    }
    all.push_back({{"struck", struck}});
  }
  doc["ballots"] = all;
  return doc.dump();
}

struct Scale {
  int ballots;
  int candidates;
  int seats;
};
const Scale kScales[] = {{1586, 200, 180}, {5000, 60, 50}};

const std::string& CaseText(int scale) {
  static std::map<int, std::string> cache;
  auto it = cache.find(scale);
  if (it == cache.end()) {
    const Scale& s = kScales[scale];
    it = cache.emplace(scale, MakeCase(s.ballots, s.candidates, s.seats)).first;
  }
  return it->second;
}

void Label(benchmark::State& state) {
  const Scale& s = kScales[state.range(0)];
  state.SetLabel(std::to_string(s.ballots) + " ballots x " + std::to_string(s.candidates) +
                 " candidates");
  state.counters["ballots/s"] = benchmark::Counter(static_cast<double>(s.ballots),
                                                   benchmark::Counter::kIsIterationInvariantRate);
}

void BM_ParseJson(benchmark::State& state) {
  const std::string& text = CaseText(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    nlohmann::json doc = nlohmann::json::parse(text);
    benchmark::DoNotOptimize(doc);
  }
  Label(state);
}

void BM_Engine(benchmark::State& state) {
  const std::string& text = CaseText(static_cast<int>(state.range(0)));
  daihoi::Result<TallyCase> tally_case = daihoi::json::ParseTallyCase(nlohmann::json::parse(text));
  daihoi::Result<daihoi::election::Profile> profile = daihoi::json::LoadProfile("party-2024");
  if (!tally_case || !profile) {
    state.SkipWithError("case or profile did not load");
    return;
  }
  for (auto _ : state) {
    auto result = daihoi::election::TallyRound(tally_case->input, *profile);
    if (!result) state.SkipWithError(result.error().message.c_str());
    benchmark::DoNotOptimize(result);
  }
  Label(state);
}

void BM_EndToEnd(benchmark::State& state) {
  const std::string& text = CaseText(static_cast<int>(state.range(0)));
  daihoi::Result<daihoi::election::Profile> profile = daihoi::json::LoadProfile("party-2024");
  if (!profile) {
    state.SkipWithError("profile did not load");
    return;
  }
  for (auto _ : state) {
    daihoi::Result<TallyCase> tally_case = daihoi::json::ParseTallyCase(nlohmann::json::parse(text));
    auto result = daihoi::election::TallyRound(tally_case->input, *profile);
    if (!result) state.SkipWithError(result.error().message.c_str());
    std::string out = daihoi::json::TallyResultToJson(*tally_case, *result).dump(2);
    benchmark::DoNotOptimize(out);
  }
  Label(state);
}

BENCHMARK(BM_ParseJson)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Engine)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEnd)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  // Scale 0: 1,586 ballots x 200 candidates; scale 1: 5,000 x 60.
  return daihoi::bench::RunWithRatios(argc, argv,
                                      {{"BM_Engine/0", "BM_ParseJson/0"},
                                       {"BM_EndToEnd/0", "BM_ParseJson/0"},
                                       {"BM_Engine/1", "BM_ParseJson/1"},
                                       {"BM_EndToEnd/1", "BM_ParseJson/1"}});
}
