// Golden cases for results carried upward (R-RANK, R-DELEGATES, R-TIE, R-ROUNDS, R-STRUCTURE):
// tests/cases/results/*.case (format: cli/golden_case.h; input: json::ResultCaseText).
#include "cli/golden_case.h"
#include "json/result_json.h"

namespace daihoi::cli {
namespace {

using golden::fs::path;

class ResultCaseTest : public ::testing::TestWithParam<path> {};

TEST_P(ResultCaseTest, MatchesExpected) {
  const golden::Case c = golden::ReadCase(GetParam());
  golden::ExpectMatches(GetParam(), c, json::ResultCaseText(c.input));
}

TEST(ResultCaseFilesTest, FolderHasCases) { EXPECT_GE(golden::CaseFiles("results").size(), 6u); }

INSTANTIATE_TEST_SUITE_P(Results, ResultCaseTest, ::testing::ValuesIn(golden::CaseFiles("results")),
                         golden::TestName);

}  // namespace
}  // namespace daihoi::cli
