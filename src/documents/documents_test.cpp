// The documents module (documents.h): words, import errors, diff, anchors, grouping at scale,
// counts.
#include "documents/documents.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace daihoi::documents {
namespace {

Content Parse(const std::string& markdown) {
  auto content = ParseMarkdown(markdown);
  EXPECT_TRUE(content.ok()) << content.error().message;
  return content.ok() ? *content : Content{};
}

TEST(DocumentWords, RoundTrip) {
  for (auto kind :
       {DocumentKind::kPoliticalReport, DocumentKind::kReviewReport, DocumentKind::kOther}) {
    EXPECT_EQ(ParseDocumentKind(ToString(kind)), kind);
  }
  for (auto d : {Disposition::kAccepted, Disposition::kExplained, Disposition::kNotAccepted}) {
    EXPECT_EQ(ParseDisposition(ToString(d)), d);
  }
  EXPECT_EQ(ParseCommentSource("former_leader"), CommentSource::kFormerLeader);
  EXPECT_EQ(ParseCommentStatus("hidden"), CommentStatus::kHidden);
  EXPECT_FALSE(ParseCommentStatus("deleted"));
  EXPECT_STREQ(DispositionLabel(Disposition::kExplained), "Giải trình");
  EXPECT_STREQ(DocumentKindLabel(DocumentKind::kPoliticalReport), "Báo cáo chính trị");
}

TEST(DocumentImport, RejectsEmptyAndInvalidUtf8) {
  auto empty = ParseMarkdown("  \n\n \n");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "text");
  auto bad = ParsePlainText("Kinh t\xE1 x\xFF\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidInput);
}

TEST(NormalizeComment, LowersVietnameseKeepsDiacriticsDropsPunctuation) {
  EXPECT_EQ(NormalizeComment("  ĐỀ NGHỊ   bổ sung: “Ưu tiên” — ỨNG DỤNG CNTT!!! "),
            "đề nghị bổ sung ưu tiên ứng dụng cntt");
  EXPECT_NE(NormalizeComment("ma"), NormalizeComment("mà"));
  EXPECT_EQ(NormalizeComment("Ơn Ăn Ấm Ũng Ĩa"), "ơn ăn ấm ũng ĩa");
}

TEST(DocumentDiff, SectionsParagraphsAndWords) {
  const Content v1 = Parse(
      "# I. Kết quả\n\nKinh tế tăng trưởng 7,5% mỗi năm.\n\nVăn hóa phát triển.\n\n"
      "# II. Hạn chế\n\nCải cách hành chính còn chậm.\n\n# III. Bài học\n\nĐoàn kết.\n");
  const Content v2 = Parse(
      "# I. Kết quả\n\nKinh tế tăng trưởng 7,6% mỗi năm.\n\nVăn hóa phát triển.\n\n"
      "Quốc phòng được giữ vững.\n\n# II. Phương hướng\n\nXây dựng quận văn minh.\n\n"
      "# III. Hạn chế và nguyên nhân\n\nCải cách hành chính còn chậm.\n");
  const ContentDiff diff = Diff(v1, v2);
  ASSERT_EQ(diff.sections.size(), 4u);
  EXPECT_EQ(diff.sections[0].change, Change::kChanged);
  ASSERT_EQ(diff.sections[0].paragraphs.size(), 3u);
  EXPECT_EQ(diff.sections[0].paragraphs[0].change, Change::kChanged);
  EXPECT_EQ(diff.sections[0].paragraphs[1].change, Change::kUnchanged);
  EXPECT_EQ(diff.sections[0].paragraphs[2].change, Change::kAdded);
  const auto& words = diff.sections[0].paragraphs[0].words;
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].text, "Kinh tế tăng trưởng");
  EXPECT_EQ(words[1].op, WordDiff::Op::kDeleted);
  EXPECT_EQ(words[1].text, "7,5%");
  EXPECT_EQ(words[2].op, WordDiff::Op::kInserted);
  EXPECT_EQ(words[2].text, "7,6%");
  // "II. Hạn chế" became "III. Hạn chế và nguyên nhân" (same paragraph); "II. Phương hướng" is
  // new and "III. Bài học" gone.
  EXPECT_EQ(diff.sections[1].change, Change::kAdded);
  EXPECT_EQ(diff.sections[1].new_heading, "II. Phương hướng");
  EXPECT_EQ(diff.sections[2].change, Change::kChanged);
  EXPECT_EQ(diff.sections[2].old_heading, "II. Hạn chế");
  EXPECT_EQ(diff.sections[2].new_heading, "III. Hạn chế và nguyên nhân");
  EXPECT_EQ(diff.sections[2].paragraphs.at(0).change, Change::kUnchanged);
  EXPECT_EQ(diff.sections[3].change, Change::kRemoved);
  EXPECT_EQ(diff.sections_added, 1);
  EXPECT_EQ(diff.sections_removed, 1);
  EXPECT_EQ(diff.paragraphs_added, 2);    // "Quốc phòng…", "Xây dựng…"
  EXPECT_EQ(diff.paragraphs_removed, 1);  // "Đoàn kết."
  EXPECT_EQ(diff.paragraphs_changed, 1);
  EXPECT_EQ(Diff(v1, v1).paragraphs_changed, 0);
  for (const SectionDiff& section : Diff(v1, v1).sections) {
    EXPECT_EQ(section.change, Change::kUnchanged);
  }
}

TEST(DocumentDiff, AddedAndRemovedSections) {
  const Content v1 = Parse("# A\n\nMột.\n\n# B\n\nHai.\n");
  const Content v2 = Parse("# A\n\nMột.\n");
  const ContentDiff removed = Diff(v1, v2);
  EXPECT_EQ(removed.sections_removed, 1);
  EXPECT_EQ(removed.sections.back().change, Change::kRemoved);
  const ContentDiff added = Diff(v2, v1);
  EXPECT_EQ(added.sections_added, 1);
  EXPECT_EQ(added.sections.back().new_ordinal, 2);
}

TEST(DocumentAnchor, Errors) {
  const Content content = Parse("# Một\n\nKinh tế phát triển. Kinh tế ổn định.\n");
  EXPECT_EQ(MakeAnchor(content, 2, "").error().field, "section");
  EXPECT_EQ(MakeAnchor(content, 1, "văn hóa").error().field, "quote");
  EXPECT_EQ(MakeAnchor(content, 1, "Kinh tế", 2).error().field, "quote");
  EXPECT_EQ(MakeAnchor(content, 0, "Kinh tế").error().field, "section");
  auto second = MakeAnchor(content, 1, "kinh  TẾ", 1);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->quote, "Kinh tế");
  EXPECT_EQ(second->before, "Kinh tế phát triển.");
  EXPECT_EQ(second->after, "ổn định.");
  EXPECT_EQ(second->paragraph_key, "1.1");
  auto whole = MakeAnchor(content, 0, "");
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(Reanchor(*whole, content).state, AnchorState::kExact);
}

// 10,000 copies of one opinion with small variations read as one group (issue 8), next to other
// opinions that stay apart.
TEST(GroupComments, TenThousandVariationsAreOneGroup) {
  const std::vector<std::string> prefixes = {"", "Tôi ", "Chúng tôi ",
                                             "Kính đề nghị: ", "Ý kiến: "};
  const std::vector<std::string> suffixes = {
      ".", "", "!", " ạ.", " này.", "...", " trong thời gian tới."};
  const std::string opinion =
      "đề nghị quận quan tâm hơn nữa đến việc chỉnh trang vỉa hè và hệ thống chiếu sáng trên các "
      "tuyến phố";
  const std::vector<std::string> others = {
      "Cần bổ sung giải pháp phát triển kinh tế số và chuyển đổi số trong các cơ quan hành chính",
      "Báo cáo cần đánh giá sâu hơn về công tác phòng chống tham nhũng lãng phí ở cơ sở",
      "Đề nghị nêu rõ chỉ tiêu trồng cây xanh và xây dựng công viên trong nhiệm kỳ tới"};
  std::mt19937 random(7);
  std::vector<GroupingInput> inputs;
  for (int i = 0; i < 10000; ++i) {
    std::string text =
        prefixes[random() % prefixes.size()] + opinion + suffixes[random() % suffixes.size()];
    if (random() % 3 == 0) text[0] = 'D';  // "Dề": a typo in the first letter
    inputs.push_back({i + 1, 4, text});
  }
  for (size_t k = 0; k < others.size(); ++k) {
    inputs.push_back({20001 + static_cast<int64_t>(k), 4, others[k]});
  }
  const std::vector<Group> groups = GroupComments(inputs);
  ASSERT_EQ(groups.size(), 4u);
  EXPECT_EQ(groups[0].members.size(), 10000u);
  EXPECT_EQ(groups[0].representative, 1);
  EXPECT_EQ(groups[0].section_ordinal, 4);
  EXPECT_EQ(groups[1].members, std::vector<int64_t>{20001});
}

TEST(GroupComments, ThresholdIsAParameter) {
  const std::vector<GroupingInput> inputs = {
      {1, 1, "Đề nghị bổ sung chỉ tiêu về nước sạch cho các hộ dân"},
      {2, 1, "Đề nghị bổ sung chỉ tiêu về điện chiếu sáng cho các hộ dân"}};
  EXPECT_EQ(GroupComments(inputs).size(), 2u);
  GroupingParams loose;
  loose.similarity_threshold = 0.3;
  loose.bands = 40;  // a lower threshold wants shorter bands to find the pair as a candidate
  loose.rows = 2;
  EXPECT_EQ(GroupComments(inputs, loose).size(), 1u);
  GroupingParams across;
  across.within_section = false;
  const std::vector<GroupingInput> two_sections = {{1, 1, "Cùng một ý kiến"},
                                                   {2, 2, "cùng một ý kiến!"}};
  EXPECT_EQ(GroupComments(two_sections).size(), 2u);
  EXPECT_EQ(GroupComments(two_sections, across).size(), 1u);
}

TEST(CountComments, PerSectionUnitAndSource) {
  std::vector<CountedComment> comments = {
      {1, CommentSource::kUnit, "BD-QT", 35, Disposition::kAccepted},
      {1, CommentSource::kCitizen, "", 0, std::nullopt},
      {2, CommentSource::kUnit, "BD-QT", 20, Disposition::kExplained},
      {2, CommentSource::kUnit, "BD-KM", 0, Disposition::kNotAccepted},
  };
  const SynthesisCounts counts = CountComments(comments);
  EXPECT_EQ(counts.comments, 4);
  ASSERT_EQ(counts.per_section.size(), 2u);
  EXPECT_EQ(counts.per_section[0].key, "1");
  EXPECT_EQ(counts.per_section[0].undecided, 1);
  EXPECT_EQ(counts.per_section[1].explained, 1);
  ASSERT_EQ(counts.per_unit.size(), 2u);
  EXPECT_EQ(counts.per_unit[0].key, "BD-KM");
  EXPECT_EQ(counts.per_unit[1].agreed_members, 55);
  ASSERT_EQ(counts.per_source.size(), 3u);
  EXPECT_EQ(counts.per_source[2].key, "former_leader");
  EXPECT_EQ(counts.per_source[2].comments, 0);
  EXPECT_EQ(EffectiveDisposition(std::nullopt, Disposition::kExplained), Disposition::kExplained);
  EXPECT_EQ(EffectiveDisposition(Disposition::kAccepted, Disposition::kExplained),
            Disposition::kAccepted);
}

}  // namespace
}  // namespace daihoi::documents
