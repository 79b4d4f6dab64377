// Golden cases of the documents module: tests/cases/documents/*.json, one runner per "kind"
// (import, reanchor, group). Adding a case needs no C++.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "documents/documents.h"

namespace daihoi::documents {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<fs::path> Cases(const std::string& kind) {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator("tests/cases/documents")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    if (json::parse(in).value("kind", "") == kind) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

json Read(const fs::path& path) {
  std::ifstream in(path);
  return json::parse(in);
}

Content Parse(const std::string& markdown) {
  auto content = ParseMarkdown(markdown);
  EXPECT_TRUE(content.ok()) << content.error().message;
  return content.ok() ? *content : Content{};
}

TEST(DocumentCases, Import) {
  const auto paths = Cases("import");
  ASSERT_GE(paths.size(), 2u);
  for (const fs::path& path : paths) {
    SCOPED_TRACE(path.string());
    const json c = Read(path);
    const std::string text = c.at("text");
    auto content = c.at("format") == "plain" ? ParsePlainText(text) : ParseMarkdown(text);
    ASSERT_TRUE(content.ok()) << content.error().message;
    const json& expect = c.at("expect");
    ASSERT_EQ(content->sections.size(), expect.size());
    for (size_t i = 0; i < expect.size(); ++i) {
      const Section& section = content->sections[i];
      EXPECT_EQ(section.ordinal, static_cast<int>(i) + 1);
      EXPECT_EQ(section.heading, expect[i].at("heading").get<std::string>());
      EXPECT_EQ(section.level, expect[i].at("level").get<int>()) << section.heading;
      const json& paragraphs = expect[i].at("paragraphs");
      ASSERT_EQ(section.paragraphs.size(), paragraphs.size()) << section.heading;
      for (size_t p = 0; p < paragraphs.size(); ++p) {
        EXPECT_EQ(section.paragraphs[p].text, paragraphs[p].get<std::string>());
        EXPECT_EQ(section.paragraphs[p].key, ParagraphKey(section.ordinal, p + 1));
      }
    }
  }
}

TEST(DocumentCases, Reanchor) {
  const auto paths = Cases("reanchor");
  ASSERT_GE(paths.size(), 2u);
  for (const fs::path& path : paths) {
    SCOPED_TRACE(path.string());
    const json c = Read(path);
    const Content old_content = Parse(c.at("old"));
    const Content new_content = Parse(c.at("new"));
    for (const json& a : c.at("anchors")) {
      const std::string quote = a.at("quote");
      SCOPED_TRACE(quote);
      auto anchor = MakeAnchor(old_content, a.at("section"), quote, a.value("occurrence", 0));
      ASSERT_TRUE(anchor.ok()) << anchor.error().message;
      const Reanchored moved = Reanchor(*anchor, new_content);
      const json& expect = a.at("expect");
      EXPECT_EQ(ToString(moved.state), expect.at("state").get<std::string>());
      EXPECT_EQ(moved.anchor.section_ordinal, expect.at("section").get<int>());
      EXPECT_EQ(moved.anchor.paragraph_key, expect.at("paragraph").get<std::string>());
      EXPECT_EQ(moved.anchor.quote, expect.at("quote").get<std::string>());
      EXPECT_EQ(moved.old_section_ordinal, a.at("section").get<int>());
    }
  }
}

TEST(DocumentCases, Group) {
  const auto paths = Cases("group");
  ASSERT_GE(paths.size(), 1u);
  for (const fs::path& path : paths) {
    SCOPED_TRACE(path.string());
    const json c = Read(path);
    std::vector<GroupingInput> inputs;
    for (const json& comment : c.at("comments")) {
      inputs.push_back({comment.at("id"), comment.at("section"), comment.at("text")});
    }
    const std::vector<Group> groups = GroupComments(inputs);
    std::vector<std::vector<int64_t>> got;
    for (const Group& group : groups) {
      got.push_back(group.members);
      EXPECT_EQ(group.representative, group.members.front());
    }
    EXPECT_EQ(got, c.at("expect").get<std::vector<std::vector<int64_t>>>());
  }
}

}  // namespace
}  // namespace daihoi::documents
