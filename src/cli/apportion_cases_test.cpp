// Golden cases for `daihoi apportion` (R-ALLOCATION): tests/cases/apportionment/*.case.
// A case is optional `#` comment lines, the input JSON, a line `----`, then either the expected
// result JSON or `exit 2` followed by a fragment of the expected message.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "json/apportion_json.h"
#include "cli/exit_code.h"

namespace daihoi::cli {
namespace {

namespace fs = std::filesystem;

fs::path CaseDir() {
  // This file is src/cli/apportion_cases_test.cpp; the cases live under tests/ at the root.
  return fs::path(__FILE__).parent_path().parent_path().parent_path() / "tests" / "cases" /
         "apportionment";
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

struct Case {
  std::string input;
  std::string expected;
};

std::string Trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

bool ReadCase(const fs::path& path, Case& out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  std::ostringstream input;
  std::ostringstream expected;
  bool before = true;
  bool leading = true;
  while (std::getline(in, line)) {
    if (before && leading && !line.empty() && line[0] == '#') continue;
    leading = false;
    if (before && Trim(line) == "----") {
      before = false;
      continue;
    }
    (before ? input : expected) << line << "\n";
  }
  out.input = input.str();
  out.expected = Trim(expected.str());
  return !before;
}

class ApportionCaseTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApportionCaseTest, MatchesExpected) {
  Case c;
  ASSERT_TRUE(ReadCase(CaseDir() / (GetParam() + ".case"), c)) << "no ---- separator";
  Result<nlohmann::ordered_json> result = json::ApportionText(c.input);
  if (c.expected.rfind("exit ", 0) == 0) {
    const size_t newline = c.expected.find('\n');
    const int code = std::stoi(c.expected.substr(5, newline - 5));
    const std::string fragment =
        newline == std::string::npos ? "" : Trim(c.expected.substr(newline + 1));
    ASSERT_FALSE(result.ok()) << "expected exit " << code << ", got " << result->dump();
    EXPECT_EQ(ExitCode(result.error().code), code);
    EXPECT_NE(result.error().Describe().find(fragment), std::string::npos)
        << "message: " << result.error().Describe() << "\nexpected to contain: " << fragment;
    return;
  }
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  const nlohmann::json actual = nlohmann::json::parse(result->dump());
  const nlohmann::json expected = nlohmann::json::parse(c.expected);
  EXPECT_EQ(actual, expected) << "actual:\n" << result->dump(2);
}

INSTANTIATE_TEST_SUITE_P(Cases, ApportionCaseTest, ::testing::ValuesIn(CaseNames()),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& ch : name) {
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

TEST(ApportionCases, DirectoryHoldsTheCases) {
  // A moved directory must fail loudly rather than run no case at all.
  EXPECT_GE(CaseNames().size(), 10u) << CaseDir();
}

}  // namespace
}  // namespace daihoi::cli
