// Golden cases for `daihoi tally` (tests/cases/election/*.case). Each file holds optional
// `#` comment lines, the case JSON, a line `----`, then either the expected result JSON or
// `exit N` followed by fragments (one per line, or the rest of the exit line) that the error
// message must contain. Adding a case needs no C++: drop a file in the folder.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "cli/exit_code.h"
#include "json/tally_json.h"

namespace daihoi::cli {
namespace {

namespace fs = std::filesystem;

fs::path CasesDirectory() {
#ifdef DAIHOI_SOURCE_DIR
  const fs::path source = fs::path(DAIHOI_SOURCE_DIR) / "tests/cases/election";
  if (fs::is_directory(source)) return source;
#endif
  return fs::path("tests/cases/election");
}

std::vector<fs::path> CaseFiles() {
  std::vector<fs::path> files;
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(CasesDirectory(), ignored)) {
    if (entry.path().extension() == ".case") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string Trim(std::string s) {
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// Readable differences between two JSON values, one line per differing path.
void Diff(const nlohmann::json& expected, const nlohmann::json& actual, const std::string& path,
          std::ostringstream& out) {
  if (expected.type() == actual.type() && expected.is_object()) {
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      if (!actual.contains(it.key())) {
        out << "  " << path << "." << it.key() << ": missing (expected " << it.value().dump()
            << ")\n";
      } else {
        Diff(it.value(), actual.at(it.key()), path + "." + it.key(), out);
      }
    }
    for (auto it = actual.begin(); it != actual.end(); ++it) {
      if (!expected.contains(it.key())) {
        out << "  " << path << "." << it.key() << ": unexpected " << it.value().dump() << "\n";
      }
    }
    return;
  }
  if (expected.type() == actual.type() && expected.is_array() && expected.size() == actual.size()) {
    for (size_t index = 0; index < expected.size(); ++index) {
      Diff(expected[index], actual[index], path + "[" + std::to_string(index) + "]", out);
    }
    return;
  }
  if (expected != actual) {
    out << "  " << path << ": expected " << expected.dump() << ", got " << actual.dump() << "\n";
  }
}

class TallyCaseTest : public ::testing::TestWithParam<fs::path> {};

TEST_P(TallyCaseTest, MatchesExpected) {
  std::ifstream in(GetParam(), std::ios::binary);
  ASSERT_TRUE(in) << GetParam();
  std::string input;
  std::string expected;
  bool after_separator = false;
  bool separator_seen = false;
  for (std::string line; std::getline(in, line);) {
    if (!after_separator && Trim(line) == "----") {
      after_separator = separator_seen = true;
      continue;
    }
    if (!after_separator && !line.empty() && line[0] == '#') continue;
    (after_separator ? expected : input) += line + "\n";
  }
  ASSERT_TRUE(separator_seen) << GetParam() << ": no ---- line";

  Result<nlohmann::ordered_json> result = json::TallyCaseText(input);
  const std::string trimmed = Trim(expected);
  if (trimmed.rfind("exit ", 0) == 0) {
    std::istringstream lines(trimmed);
    std::string first;
    std::getline(lines, first);
    std::istringstream words(first.substr(5));
    int code = -1;
    words >> code;
    ASSERT_FALSE(result.ok()) << "expected exit " << code << ", got a result:\n" << result->dump(2);
    const std::string message = result.error().Describe();
    EXPECT_EQ(ExitCode(result.error().code), code) << message;
    std::vector<std::string> fragments;
    std::string rest;
    std::getline(words, rest);
    if (!Trim(rest).empty()) fragments.push_back(Trim(rest));
    for (std::string line; std::getline(lines, line);) {
      if (!Trim(line).empty()) fragments.push_back(Trim(line));
    }
    for (const std::string& fragment : fragments) {
      EXPECT_NE(message.find(fragment), std::string::npos)
          << "message: " << message << "\nlacks: " << fragment;
    }
    return;
  }
  ASSERT_TRUE(result.ok()) << "exit " << ExitCode(result.error().code) << ": "
                           << result.error().Describe();
  nlohmann::json want = nlohmann::json::parse(expected, nullptr, false);
  ASSERT_FALSE(want.is_discarded()) << GetParam() << ": expected part is not JSON";
  const nlohmann::json got = nlohmann::json::parse(result->dump());
  if (want != got) {
    std::ostringstream diff;
    Diff(want, got, "$", diff);
    ADD_FAILURE() << GetParam().filename() << " differs:\n" << diff.str();
  }
}

TEST(TallyCaseFilesTest, FolderHasCases) { EXPECT_GE(CaseFiles().size(), 30u); }

INSTANTIATE_TEST_SUITE_P(Election, TallyCaseTest, ::testing::ValuesIn(CaseFiles()),
                         [](const ::testing::TestParamInfo<fs::path>& info) {
                           std::string name = info.param.stem().string();
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace daihoi::cli
