// Golden cases of the nomination rules (election/nomination.h: R-VOTERS, R-INCUMBENT,
// R-FLOOR-GATE, R-WITHDRAW, R-SHOW-OF-HANDS, R-SURPLUS, R-STRUCTURE): tests/cases/nomination/
// *.json, each {"comment", "case", "expected"}. Every key of "expected" must equal the same key
// of json::NominationCaseToJson's output; {"error": {"field"}} expects a malformed case. Adding
// a case needs no C++.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/golden_case.h"
#include "json/nomination_json.h"

namespace daihoi::cli {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> NominationCases() {
  std::vector<fs::path> files;
  std::error_code ignored;
  for (const auto& entry : fs::directory_iterator(golden::Folder("nomination"), ignored)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class NominationCaseTest : public ::testing::TestWithParam<fs::path> {};

TEST_P(NominationCaseTest, MatchesExpected) {
  std::ifstream in(GetParam());
  ASSERT_TRUE(in) << GetParam();
  const nlohmann::json file = nlohmann::json::parse(in);
  ASSERT_TRUE(file.contains("case") && file.contains("expected")) << GetParam();
  const nlohmann::json& expected = file["expected"];
  auto output = json::NominationCaseToJson(file["case"]);
  if (expected.contains("error")) {
    ASSERT_FALSE(output.ok()) << GetParam() << ": expected an error, got " << output->dump();
    EXPECT_EQ(output.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(output.error().field, expected["error"]["field"].get<std::string>());
    return;
  }
  ASSERT_TRUE(output.ok()) << GetParam() << ": " << output.error().Describe();
  const nlohmann::json actual = nlohmann::json::parse(output->dump());
  for (const auto& [key, value] : expected.items()) {
    ASSERT_TRUE(actual.contains(key)) << GetParam() << ": no \"" << key << "\"";
    if (key == "statuses") {  // the nominees the case names; others are not checked
      for (const auto& [id, status] : value.items()) {
        EXPECT_EQ(actual[key][id], status) << GetParam() << ": status of " << id;
      }
    } else if (key == "structure") {
      for (const auto& [measure, figure] : value.items()) {
        EXPECT_EQ(actual[key][measure], figure) << GetParam() << ": structure." << measure;
      }
    } else {
      EXPECT_EQ(actual[key], value) << GetParam() << ": " << key;
    }
  }
}

TEST(NominationCaseFilesTest, FolderHasCases) { EXPECT_GE(NominationCases().size(), 7u); }

INSTANTIATE_TEST_SUITE_P(Nomination, NominationCaseTest, ::testing::ValuesIn(NominationCases()),
                         [](const ::testing::TestParamInfo<fs::path>& info) {
                           std::string name = info.param.stem().string();
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace daihoi::cli
