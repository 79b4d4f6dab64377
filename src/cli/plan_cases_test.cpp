// Golden cases for plan checks and progress: tests/cases/plan/*.case (format:
// cli/golden_case.h). The input is a JSON object:
// - {"plan": PLAN, "orgs": [...], "congresses": [...]} → the violations array (`plan check
//   --json`);
// - {"root": CODE, "as_of": DATE, "orgs": [...], "congresses": [...]} → the progress document
//   (`progress --json`).
// orgs and congresses are rows as `daihoi export --format json` writes them; levels are the
// default ones.
#include "cli/golden_case.h"
#include "json/plan_json.h"
#include "org/tree.h"

namespace daihoi::cli {
namespace {

using golden::fs::path;
using nlohmann::json;

Error Prefixed(Error error) {
  if (!error.field.empty()) error.message = error.field + ": " + error.message;
  error.field.clear();
  return error;
}

// What `plan check --json` or `progress --json` print for this data, or their error.
Result<nlohmann::ordered_json> Evaluate(const std::string& text) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    return InvalidInput(std::string("JSON không hợp lệ: ") + e.what());
  }
  auto orgs = daihoi::json::ParseOrganizations(root.value("orgs", json::array()), "orgs");
  if (!orgs) return orgs.error();
  auto congresses =
      daihoi::json::ParseCongresses(root.value("congresses", json::array()), "congresses");
  if (!congresses) return congresses.error();
  const std::vector<org::Level> levels = org::DefaultLevels();
  auto tree = org::OrgTree::Build(*orgs, levels);
  if (!tree) return tree.error();
  if (root.contains("plan")) {
    auto plan = daihoi::json::ParsePlan(root["plan"]);
    if (!plan) return plan.error();
    auto violations = planning::CheckPlan(*plan, *tree, levels, *congresses);
    if (!violations) return Prefixed(violations.error());
    return daihoi::json::ViolationsToJson(*violations);
  }
  auto as_of = Date::Parse(root.value("as_of", ""));
  if (!as_of) return InvalidInput("as_of: ngày không hợp lệ (invalid date)");
  auto progress =
      planning::ComputeProgress(*tree, levels, *congresses, root.value("root", ""), *as_of);
  if (!progress) return Prefixed(progress.error());
  return daihoi::json::ProgressToJson(*progress);
}

class PlanCaseTest : public ::testing::TestWithParam<path> {};

TEST_P(PlanCaseTest, MatchesExpected) {
  const golden::Case c = golden::ReadCase(GetParam());
  golden::ExpectMatches(GetParam(), c, Evaluate(c.input));
}

TEST(PlanCases, DirectoryHoldsTheCases) { EXPECT_GE(golden::CaseFiles("plan").size(), 10u); }

INSTANTIATE_TEST_SUITE_P(Cases, PlanCaseTest, ::testing::ValuesIn(golden::CaseFiles("plan")),
                         golden::TestName);

}  // namespace
}  // namespace daihoi::cli
