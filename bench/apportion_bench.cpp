// Apportionment at national scale: the 14th National Congress's 1,588 seats among 1,500 units
// (a stress shape; the real one has far fewer delegations), and 10,000 seats among the 3,321
// commune-level units. Baseline: largest remainder (one pass, one sort) on the same input; the
// divisor methods give seats one by one from a priority queue with exact 256-bit comparisons,
// and the ratios after the table show what that costs (bench/ratio.h). The whole command
// without I/O (JSON in and out) is measured too.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "apportionment/apportionment.h"
#include "json/apportion_json.h"
#include "ratio.h"

namespace {

using daihoi::apportionment::Apportion;
using daihoi::apportionment::Input;
using daihoi::apportionment::Method;

Input MakeInput(Method method, int64_t seats, int64_t units) {
  std::mt19937_64 rng(2026);
  std::lognormal_distribution<double> members(8.0, 1.0);  // a long tail, as real units have
  Input input;
  input.method = method;
  input.seats = seats;
  input.minimum = 1;
  for (int64_t i = 0; i < units; ++i) {
    input.units.push_back({"u" + std::to_string(i),
                           "",
                           static_cast<int64_t>(members(rng)) + 1,
                           std::nullopt,
                           {1, 0}});
  }
  return input;
}

template <Method kMethod>
void BM_Method(benchmark::State& state) {
  const Input input = MakeInput(kMethod, state.range(0), state.range(1));
  for (auto _ : state) {
    auto outcome = Apportion(input);
    benchmark::DoNotOptimize(outcome);
  }
}

void BM_LargestRemainder(benchmark::State& state) { BM_Method<Method::kLargestRemainder>(state); }
void BM_DHondt(benchmark::State& state) { BM_Method<Method::kDHondt>(state); }
void BM_SainteLague(benchmark::State& state) { BM_Method<Method::kSainteLague>(state); }
void BM_HuntingtonHill(benchmark::State& state) { BM_Method<Method::kHuntingtonHill>(state); }

// `daihoi apportion` without I/O: parse the input JSON, allocate, build the result JSON.
void BM_CommandHuntingtonHill(benchmark::State& state) {
  const Input input = MakeInput(Method::kHuntingtonHill, state.range(0), state.range(1));
  nlohmann::json doc = {{"method", "huntington_hill"}, {"seats", input.seats}, {"minimum", 1}};
  doc["units"] = nlohmann::json::array();
  for (const auto& unit : input.units) {
    doc["units"].push_back({{"id", unit.id}, {"members", unit.members}});
  }
  const std::string text = doc.dump();
  for (auto _ : state) {
    auto result = daihoi::json::ApportionText(text);
    benchmark::DoNotOptimize(result);
  }
}

#define DAIHOI_SHAPES Args({1588, 1500})->Args({10000, 3321})->Unit(benchmark::kMicrosecond)
BENCHMARK(BM_LargestRemainder)->DAIHOI_SHAPES;
BENCHMARK(BM_DHondt)->DAIHOI_SHAPES;
BENCHMARK(BM_SainteLague)->DAIHOI_SHAPES;
BENCHMARK(BM_HuntingtonHill)->DAIHOI_SHAPES;
BENCHMARK(BM_CommandHuntingtonHill)->DAIHOI_SHAPES;
#undef DAIHOI_SHAPES

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const char* shape : {"/1588/1500", "/10000/3321"}) {
    const std::string baseline = std::string("BM_LargestRemainder") + shape;
    for (const char* figure :
         {"BM_DHondt", "BM_SainteLague", "BM_HuntingtonHill", "BM_CommandHuntingtonHill"}) {
      pairs.emplace_back(std::string(figure) + shape, baseline);
    }
  }
  return daihoi::bench::RunWithRatios(argc, argv, pairs);
}
