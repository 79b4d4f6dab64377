// Golden cases for `daihoi apportion` (R-ALLOCATION): tests/cases/apportionment/*.case
// (format: cli/golden_case.h).
#include "cli/golden_case.h"
#include "json/apportion_json.h"

namespace daihoi::cli {
namespace {

using golden::fs::path;

class ApportionCaseTest : public ::testing::TestWithParam<path> {};

TEST_P(ApportionCaseTest, MatchesExpected) {
  const golden::Case c = golden::ReadCase(GetParam());
  golden::ExpectMatches(GetParam(), c, json::ApportionText(c.input));
}

TEST(ApportionCases, DirectoryHoldsTheCases) {
  EXPECT_GE(golden::CaseFiles("apportionment").size(), 10u);
}

INSTANTIATE_TEST_SUITE_P(Cases, ApportionCaseTest,
                         ::testing::ValuesIn(golden::CaseFiles("apportionment")),
                         golden::TestName);

}  // namespace
}  // namespace daihoi::cli
