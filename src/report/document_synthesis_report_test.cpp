// The synthesis of the comments on a draft (report/document_synthesis_report.h): what the printed
// report says, built from a hand-made synthesis, that it renders, and the XLSX workbooks.
#include "report/document_synthesis_report.h"

#include <gtest/gtest.h>

#include <string>

#include "report/pdf/pdf_text_test.h"

namespace daihoi::report {
namespace {

using documents::CommentSource;
using documents::CountRow;
using pdf::test::DocumentText;

CountRow Row(std::string key, int64_t comments, int64_t agreed, int64_t accepted,
             int64_t undecided) {
  CountRow row;
  row.key = std::move(key);
  row.comments = comments;
  row.agreed_members = agreed;
  row.accepted = accepted;
  row.undecided = undecided;
  return row;
}

app::GroupView Group(int64_t id, int section, int64_t size, std::string text,
                     std::optional<documents::Disposition> disposition = std::nullopt) {
  app::GroupView view;
  view.group.id = id;
  view.group.section_ordinal = section;
  view.group.size = size;
  view.group.representative_text = std::move(text);
  if (disposition) {
    app::DispositionRecord record;
    record.disposition = *disposition;
    record.explanation = "Đã bổ sung vào mục II.";
    view.group.disposition = record;
  }
  return view;
}

SynthesisReportInput Input() {
  SynthesisReportInput input;
  app::SynthesisView& s = input.synthesis;
  s.document.title = "Báo cáo chính trị của Ban Chấp hành Đảng bộ quận khóa XXV";
  s.version.number = 2;
  s.counts.comments = 10250;
  s.counts.per_section = {Row("1", 200, 0, 0, 200), Row("2", 10050, 84, 10000, 50)};
  s.counts.per_unit = {Row("BADINH-KIMMA", 3, 84, 0, 3)};
  s.counts.per_source = {Row("unit", 3, 84, 0, 3), Row("citizen", 10247, 0, 10000, 247),
                         Row("former_leader", 0, 0, 0, 0)};
  s.pending = 12;
  s.groups = {Group(7, 2, 10000, "Đề nghị bổ sung chỉ tiêu chuyển đổi số.",
                    documents::Disposition::kAccepted),
              Group(8, 1, 150, "Cần đánh giá rõ hạn chế trong quản lý đô thị."),
              Group(9, 2, 50, std::string(900, 'a'))};
  s.groups[0].units = {"BADINH-KIMMA"};
  s.groups[0].group.agreed_members = 84;
  documents::Section first;
  first.ordinal = 1;
  first.heading = "I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ";
  documents::Section second;
  second.ordinal = 2;
  second.heading = "II. PHƯƠNG HƯỚNG NHIỆM KỲ 2020 - 2025";
  input.content.sections = {first, second};
  app::PublicationRecord publication;
  publication.open = *Date::Parse("2020-04-01");
  publication.close = *Date::Parse("2020-04-30");
  input.publication = publication;
  input.unit_names = {{"BADINH-KIMMA", "Đảng bộ phường Kim Mã"}};
  input.superior = "Đảng bộ quận Ba Đình";
  input.place = "Hà Nội";
  input.date = *Date::Parse("2020-05-05");
  return input;
}

TEST(SynthesisReport, HasTheHeaderAndTitleOfTheSubcommittee) {
  const pdf::Document document = SynthesisReportDocument(Input());
  EXPECT_EQ(document.header.superior, "ĐẢNG BỘ QUẬN BA ĐÌNH");
  EXPECT_EQ(document.header.issuer, "TIỂU BAN VĂN KIỆN");
  EXPECT_EQ(document.type, "BÁO CÁO");
  EXPECT_EQ(document.subject,
            "Tổng hợp ý kiến góp ý dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ quận khóa "
            "XXV (dự thảo lần 2)");
  ASSERT_EQ(document.signatures.size(), 1u);
  EXPECT_EQ(document.signatures[0].on_behalf, "T/M TIỂU BAN VĂN KIỆN");
}

TEST(SynthesisReport, GivesTotalsSourcesAndThePeriod) {
  const std::string text = DocumentText(SynthesisReportDocument(Input()));
  EXPECT_NE(text.find("từ ngày 01/04/2020 đến ngày 30/04/2020"), std::string::npos) << text;
  EXPECT_NE(text.find("10.250 ý kiến góp ý"), std::string::npos) << text;
  EXPECT_NE(text.find("3 ý kiến của 1 tổ chức đảng trực thuộc (được 84 lượt đảng viên tán thành"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("10.247 ý kiến của nhân dân"), std::string::npos) << text;
  // No former leader commented: the opening does not mention them.
  EXPECT_EQ(text.find("nguyên lãnh đạo"), std::string::npos) << text;
  EXPECT_NE(text.find("Còn 12 ý kiến của nhân dân đang chờ duyệt"), std::string::npos) << text;
}

TEST(SynthesisReport, ListsTheMainOpinionsOfEachSectionLargestFirst) {
  SynthesisReportSettings settings;
  settings.max_opinion_chars = 100;
  const pdf::Document document = SynthesisReportDocument(Input(), settings);
  const std::string text = DocumentText(document);
  // Sections in order, each with its count and its groups with their sizes and dispositions.
  const auto first = text.find("<b><i>I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ</i></b>");
  const auto second = text.find("<b><i>II. PHƯƠNG HƯỚNG NHIỆM KỲ 2020 - 2025</i></b>");
  ASSERT_NE(first, std::string::npos) << text;
  ASSERT_NE(second, std::string::npos) << text;
  EXPECT_LT(first, second);
  EXPECT_NE(text.find("Số ý kiến: 10.050 ý kiến (tiếp thu 10.000, chưa xử lý 50)."),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("| 10.000 | Tiếp thu: Đã bổ sung vào mục II."), std::string::npos) << text;
  EXPECT_NE(text.find("Cần đánh giá rõ hạn chế trong quản lý đô thị. | 150 | Chưa xử lý"),
            std::string::npos)
      << text;
  // Members who agreed at the units' meetings are told beside the opinion.
  EXPECT_NE(text.find("số. (84 đảng viên tán thành tại hội nghị) | 10.000"), std::string::npos)
      << text;
  // A long opinion is cut (settings.max_opinion_chars).
  EXPECT_NE(text.find(std::string(100, 'a') + " …"), std::string::npos);
  EXPECT_EQ(text.find(std::string(101, 'a')), std::string::npos);
  // The unit table names the unit and closes with the total.
  EXPECT_NE(text.find("Đảng bộ phường Kim Mã | 3 | 84"), std::string::npos) << text;
  EXPECT_NE(text.find("Cộng | 3 | 84"), std::string::npos) << text;
}

TEST(SynthesisReport, KeepsToTheConfiguredNumberOfOpinions) {
  SynthesisReportSettings settings;
  settings.main_opinions_per_section = 1;
  const std::string text = DocumentText(SynthesisReportDocument(Input(), settings));
  // Section 2 shows its largest group only; the rest is counted.
  EXPECT_EQ(text.find(std::string(50, 'a')), std::string::npos);
  EXPECT_NE(text.find("Ngoài ra có 50 ý kiến khác về phần này"), std::string::npos) << text;
}

TEST(SynthesisReport, SaysSoWhenNothingCameIn) {
  SynthesisReportInput input = Input();
  input.synthesis.counts = {};
  input.synthesis.groups.clear();
  input.synthesis.pending = 0;
  const std::string text = DocumentText(SynthesisReportDocument(input));
  EXPECT_NE(text.find("Chưa có ý kiến góp ý."), std::string::npos) << text;
  EXPECT_NE(text.find("Chưa có tổ chức đảng trực thuộc nào gửi ý kiến."), std::string::npos);
}

TEST(SynthesisReport, RendersToPdf) {
  auto bytes = pdf::Render(SynthesisReportDocument(Input()));
  ASSERT_TRUE(bytes.ok()) << bytes.error().Describe();
  EXPECT_EQ(bytes->substr(0, 5), "%PDF-");
}

TEST(SynthesisReport, WritesTheWorkbooks) {
  auto synthesis = SynthesisXlsx(Input());
  ASSERT_TRUE(synthesis.ok()) << synthesis.error().Describe();
  EXPECT_EQ(synthesis->substr(0, 2), "PK");
  // The sheet names are in the workbook's parts.
  EXPECT_NE(synthesis->find("xl/worksheets/sheet4.xml"), std::string::npos);

  app::CommentView view;
  view.comment.id = 5;
  view.comment.text = "Ý kiến";
  view.comment.citizen_contact = "0912345678";
  view.contact_visible = false;
  auto comments = CommentsXlsx({view});
  ASSERT_TRUE(comments.ok()) << comments.error().Describe();
  EXPECT_EQ(comments->substr(0, 2), "PK");
}

}  // namespace
}  // namespace daihoi::report
