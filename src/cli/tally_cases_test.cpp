// Golden cases for `daihoi tally`: tests/cases/election/*.case (format: cli/golden_case.h).
#include "cli/golden_case.h"
#include "json/tally_json.h"

namespace daihoi::cli {
namespace {

using golden::fs::path;

class TallyCaseTest : public ::testing::TestWithParam<path> {};

TEST_P(TallyCaseTest, MatchesExpected) {
  const golden::Case c = golden::ReadCase(GetParam());
  golden::ExpectMatches(GetParam(), c, json::TallyCaseText(c.input));
}

TEST(TallyCaseFilesTest, FolderHasCases) {
  EXPECT_GE(golden::CaseFiles("election").size(), 30u);
}

INSTANTIATE_TEST_SUITE_P(Election, TallyCaseTest,
                         ::testing::ValuesIn(golden::CaseFiles("election")), golden::TestName);

}  // namespace
}  // namespace daihoi::cli
