#pragma once
// Runs the registered Google Benchmarks, then prints each figure's ratio to its baseline measured
// in the same run, so a figure reads the same on a slow machine and a fast one.
//
// Usage in a *_bench.cpp: register benchmarks as usual, then
//   int main(int argc, char** argv) {
//     return daihoi::bench::RunWithRatios(argc, argv, {{"BM_Engine", "BM_ParseOnly"}});
//   }

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace daihoi::bench {

class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      if (run.run_type == Run::RT_Iteration && !run.error_occurred) {
        times_[run.benchmark_name()] = run.GetAdjustedRealTime();
        units_[run.benchmark_name()] = benchmark::GetTimeUnitString(run.time_unit);
      }
    }
    ConsoleReporter::ReportRuns(runs);
  }
  const std::map<std::string, double>& times() const { return times_; }
  const std::map<std::string, std::string>& units() const { return units_; }

 private:
  std::map<std::string, double> times_;
  std::map<std::string, std::string> units_;
};

// pairs: {figure, baseline}; names as Google Benchmark prints them (with arguments).
inline int RunWithRatios(int argc, char** argv,
                         const std::vector<std::pair<std::string, std::string>>& pairs) {
  benchmark::Initialize(&argc, argv);
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  std::printf("\nratios to the baseline measured in this run:\n");
  for (const auto& [figure, baseline] : pairs) {
    auto f = reporter.times().find(figure);
    auto b = reporter.times().find(baseline);
    if (f == reporter.times().end() || b == reporter.times().end() || b->second <= 0) continue;
    std::printf("  %-48s %10.3f %s  = %8.2f × %s\n", figure.c_str(), f->second,
                reporter.units().at(figure).c_str(), f->second / b->second, baseline.c_str());
  }
  benchmark::Shutdown();
  return 0;
}

}  // namespace daihoi::bench
