#pragma once
// Golden cases as data (tests/cases/<folder>/*.case), shared by the case runners. A case holds
// optional leading `#` comment lines, the input, a line `----`, then either the expected JSON or
// `exit N` followed by fragments (the rest of that line, then one per line) that the error
// message must contain. Adding a case needs no C++: drop a file in the folder.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/exit_code.h"
#include "common/result.h"

namespace daihoi::cli::golden {

namespace fs = std::filesystem;

inline std::string Trim(std::string s) {
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

inline fs::path Folder(const std::string& name) {
  // This header is src/cli/golden_case.h; the cases live under tests/ at the root.
  return fs::path(__FILE__).parent_path().parent_path().parent_path() / "tests" / "cases" / name;
}

// The case files of a folder, sorted; a runner also asserts there are some, so a moved folder
// fails loudly instead of running nothing.
inline std::vector<fs::path> CaseFiles(const std::string& folder) {
  std::vector<fs::path> files;
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(Folder(folder), ignored)) {
    if (entry.path().extension() == ".case") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A GoogleTest name for a case file.
inline std::string TestName(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

struct Case {
  std::string input;
  std::string expected;  // trimmed
  bool separated = false;
};

inline Case ReadCase(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  Case c;
  bool leading = true;
  for (std::string line; std::getline(in, line);) {
    if (!c.separated && leading && !line.empty() && line[0] == '#') continue;
    leading = false;
    if (!c.separated && Trim(line) == "----") {
      c.separated = true;
      continue;
    }
    (c.separated ? c.expected : c.input) += line + "\n";
  }
  c.expected = Trim(c.expected);
  return c;
}

// Readable differences between two JSON values, one line per differing path.
inline void Diff(const nlohmann::json& expected, const nlohmann::json& actual,
                 const std::string& path, std::ostringstream& out) {
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

// Checks what a computation gave for a case against the case's expected part.
inline void ExpectMatches(const fs::path& file, const Case& c,
                          const Result<nlohmann::ordered_json>& result) {
  ASSERT_TRUE(c.separated) << file << ": no ---- line";
  if (c.expected.rfind("exit ", 0) == 0) {
    std::istringstream lines(c.expected);
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
  const nlohmann::json want = nlohmann::json::parse(c.expected, nullptr, false);
  ASSERT_FALSE(want.is_discarded()) << file << ": the expected part is not JSON";
  const nlohmann::json got = nlohmann::json::parse(result->dump());
  if (want != got) {
    std::ostringstream diff;
    Diff(want, got, "$", diff);
    ADD_FAILURE() << file.filename() << " differs:\n" << diff.str();
  }
}

}  // namespace daihoi::cli::golden
