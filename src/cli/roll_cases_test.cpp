// Golden cases for `daihoi roll check` (R-EX-OFFICIO, R-CREDENTIALS, R-ALLOCATION, R-THRESHOLD):
// tests/cases/roll/*.case (format: cli/golden_case.h).
#include "cli/golden_case.h"
#include "json/roll_json.h"

namespace daihoi::cli {
namespace {

using golden::fs::path;

class RollCaseTest : public ::testing::TestWithParam<path> {};

TEST_P(RollCaseTest, MatchesExpected) {
  const golden::Case c = golden::ReadCase(GetParam());
  golden::ExpectMatches(GetParam(), c, json::RollCheckText(c.input));
}

TEST(RollCaseFilesTest, FolderHasCases) { EXPECT_GE(golden::CaseFiles("roll").size(), 12u); }

INSTANTIATE_TEST_SUITE_P(Roll, RollCaseTest, ::testing::ValuesIn(golden::CaseFiles("roll")),
                         golden::TestName);

}  // namespace
}  // namespace daihoi::cli
