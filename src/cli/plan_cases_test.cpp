// Golden cases for plan checks and progress: tests/cases/plan/*.case.
// A case is optional `#` comment lines, a JSON object, a line `----`, then the expected JSON or
// `exit 2` followed by a fragment of the expected message.
// - {"plan": PLAN, "orgs": [...], "congresses": [...]} → the violations array (`plan check
//   --json`);
// - {"root": CODE, "as_of": DATE, "orgs": [...], "congresses": [...]} → the progress document
//   (`progress --json`).
// orgs and congresses are rows as `daihoi export --format json` writes them; levels are the
// default ones.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/exit_code.h"
#include "json/plan_json.h"
#include "org/tree.h"

namespace daihoi::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path CaseDir() {
  // This file is src/cli/plan_cases_test.cpp; the cases live under tests/ at the root.
  return fs::path(__FILE__).parent_path().parent_path().parent_path() / "tests" / "cases" / "plan";
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(CaseDir(), ec)) {
    if (entry.path().extension() == ".case") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string Trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

bool ReadCase(const fs::path& path, std::string& input, std::string& expected) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  std::ostringstream before_text;
  std::ostringstream after_text;
  bool before = true;
  bool leading = true;
  while (std::getline(in, line)) {
    if (before && leading && !line.empty() && line[0] == '#') continue;
    leading = false;
    if (before && Trim(line) == "----") {
      before = false;
      continue;
    }
    (before ? before_text : after_text) << line << "\n";
  }
  input = before_text.str();
  expected = Trim(after_text.str());
  return !before;
}

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

class PlanCaseTest : public ::testing::TestWithParam<std::string> {};

TEST_P(PlanCaseTest, MatchesExpected) {
  std::string input;
  std::string expected;
  ASSERT_TRUE(ReadCase(CaseDir() / (GetParam() + ".case"), input, expected)) << "no ---- separator";
  Result<nlohmann::ordered_json> result = Evaluate(input);
  if (expected.rfind("exit ", 0) == 0) {
    const size_t newline = expected.find('\n');
    const int code = std::stoi(expected.substr(5, newline - 5));
    const std::string fragment =
        newline == std::string::npos ? "" : Trim(expected.substr(newline + 1));
    ASSERT_FALSE(result.ok()) << "expected exit " << code << ", got " << result->dump();
    EXPECT_EQ(ExitCode(result.error().code), code);
    EXPECT_NE(result.error().Describe().find(fragment), std::string::npos)
        << "message: " << result.error().Describe() << "\nexpected to contain: " << fragment;
    return;
  }
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  EXPECT_EQ(json::parse(result->dump()), json::parse(expected)) << "actual:\n" << result->dump(1);
}

INSTANTIATE_TEST_SUITE_P(Cases, PlanCaseTest, ::testing::ValuesIn(CaseNames()),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& ch : name) {
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

TEST(PlanCases, DirectoryHoldsTheCases) {
  // A moved directory must fail loudly rather than run no case at all.
  EXPECT_GE(CaseNames().size(), 10u) << CaseDir();
}

}  // namespace
}  // namespace daihoi::cli
