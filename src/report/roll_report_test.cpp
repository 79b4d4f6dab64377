#include "report/roll_report.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "election/roll.h"
#include "report/pdf/pdf_text_test.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

using election::RollRole;
using pdf::test::PdfText;
using pdf::test::Split;
using pdf::test::Squeeze;

Date D(int year, int month, int day) { return *Date::FromYmd(year, month, day); }

struct Person {
  std::string key;
  std::string name;
  RollRole role;
  std::string unit;
  int rank;
  std::optional<Date> birth;
};

// A delegates' congress opening 14/6/2020: three ex-officio committee members (one retired
// before the opening, one absent for the whole congress), and two delegations of two officials
// and one alternate; an official of the first is absent and its alternate stands in.
app::RollView SampleView() {
  const std::vector<Person> people = {
      {"1", "Nguyễn Văn An", RollRole::kExOfficio, "", 0, D(1970, 3, 2)},
      {"2", "Trần Thị Bình", RollRole::kExOfficio, "", 0, D(1962, 1, 1)},
      {"3", "Phạm Minh Đức", RollRole::kExOfficio, "", 0, D(1968, 7, 9)},
      {"4", "Lê Văn An", RollRole::kOfficial, "BADINH-QUANTHANH", 1, D(1975, 5, 5)},
      {"5", "Hoàng Thị Hà", RollRole::kOfficial, "BADINH-QUANTHANH", 2, D(1980, 2, 2)},
      {"6", "Đỗ Thị Dung", RollRole::kAlternate, "BADINH-QUANTHANH", 1, D(1983, 4, 4)},
      {"7", "Vũ Văn Hùng", RollRole::kOfficial, "BADINH-KIMMA", 1, D(1972, 8, 8)},
      {"8", "Nguyễn Văn An", RollRole::kOfficial, "BADINH-KIMMA", 2, D(1960, 6, 1)},
      {"9", "Bùi Văn Cường", RollRole::kAlternate, "BADINH-KIMMA", 1, std::nullopt},
  };
  app::RollView view;
  view.congress.org_code = "BADINH";
  view.congress.term = "2020-2025";
  view.congress.ordinal = 26;
  view.congress.kind = planning::CongressKind::kDelegates;
  view.congress.held_start = D(2020, 6, 14);
  view.opening = D(2020, 6, 14);
  view.opening_source = "held";
  view.units = {{"BADINH-KIMMA", "Đảng bộ phường Kim Mã", 2},
                {"BADINH-QUANTHANH", "Đảng bộ phường Quán Thánh", 2}};
  election::RollInput input;
  input.kind = election::CongressKind::kDelegates;
  input.opening = view.opening;
  for (const Person& p : people) {
    election::RollPerson person;
    person.key = p.key;
    person.full_name = p.name;
    person.role = p.role;
    person.unit_code = p.unit;
    person.rank = p.rank;
    input.people.push_back(person);
    app::RollEntry entry;
    entry.id = std::stoll(p.key);
    entry.role = p.role;
    entry.full_name = p.name;
    entry.unit_code = p.unit;
    entry.rank = p.rank;
    entry.birth_date = p.birth;
    entry.gender = p.name.find(" Thị ") != std::string::npos ? "female" : "male";
    view.entries.push_back(entry);
  }
  input.issues = {{"2", election::CredentialIssueKind::kRetired, D(2020, 6, 1), ""}};
  input.absences = {{"3", 0, "ốm", false}, {"5", 0, "công tác", false}};
  input.allocated = {{"BADINH-QUANTHANH", 2}, {"BADINH-KIMMA", 2}};
  auto result = election::ComputeRoll(input);
  EXPECT_TRUE(result.ok()) << result.error().Describe();
  view.people = input.people;
  view.result = *result;
  view.issues = {{1, input.issues[0]}};
  view.absences = input.absences;
  return view;
}

org::Organization BaDinh() {
  org::Organization o;
  o.code = "BADINH";
  o.name = "Đảng bộ quận Ba Đình";
  o.level = "district";
  o.parent_code = "HANOI";
  return o;
}

TEST(RollReport, ConvenedCountFollowsTheRoll) {  // R-CREDENTIALS, R-THRESHOLD
  app::RollView view = SampleView();
  EXPECT_EQ(view.result.convened, 6);
  EXPECT_EQ(view.result.excluded, 1);
  EXPECT_EQ(view.result.denominator, 5);
}

TEST(RollReport, DelegateListPrintsConvenedInNameOrderWithTheFigures) {  // R-ORDER, R-THRESHOLD
  app::RollView view = SampleView();
  pdf::Document document =
      DelegateListDocument(view, BaDinh(), "Đảng bộ thành phố Hà Nội", "Hà Nội");
  EXPECT_EQ(document.header.superior, "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI");
  EXPECT_EQ(document.header.issuer, "ĐẢNG BỘ QUẬN BA ĐÌNH");
  EXPECT_EQ(document.header.date, D(2020, 6, 14));
  EXPECT_EQ(document.type, "DANH SÁCH");
  EXPECT_EQ(document.subject,
            "Đại biểu chính thức dự Đại hội đại biểu Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ "
            "2020–2025");
  ASSERT_FALSE(document.signatures.empty());
  EXPECT_EQ(document.signatures[0].on_behalf, "T/M BAN THẨM TRA\nTƯ CÁCH ĐẠI BIỂU");
  EXPECT_EQ(document.signatures[0].title, "TRƯỞNG BAN");

  auto bytes = pdf::Render(document);
  ASSERT_TRUE(bytes.ok()) << bytes.error().Describe();
  EXPECT_EQ(bytes->rfind("%PDF-", 0), 0u);
  if (const char* dir = std::getenv("DAIHOI_PDF_OUT")) {
    std::ofstream(std::string(dir) + "/delegate-list.pdf", std::ios::binary) << *bytes;
  }
  const std::string text = PdfText(*bytes, "delegate-list");
  if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";

  // The convened, one row each, in R-ORDER: given name, family name, middle names, then the
  // older of two equal names first (8 before 1).
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"1 Lê Văn An 1975", "Đảng bộ phường Quán"},
      {"2 Nguyễn Văn An 1960", "Đảng bộ phường"},
      {"3 Nguyễn Văn An 1970", "Đại biểu đương nhiên"},
      {"4 Đỗ Thị Dung 1983", "Dự khuyết thay"},
      {"5 Phạm Minh Đức 1968", "Đại biểu đương nhiên Vắng mặt"},
      {"6 Vũ Văn Hùng 1972", "Đảng bộ phường"},
  };
  const std::vector<std::string> lines = Split(text, '\n');
  size_t at = 0;
  for (const auto& [row, detail] : expected) {
    bool found = false;
    for (; at < lines.size(); ++at) {
      const std::string line = Squeeze(lines[at]);
      if (line.find(row) != std::string::npos) {
        EXPECT_NE(line.find(detail), std::string::npos) << line;
        found = true;
        break;
      }
    }
    ASSERT_TRUE(found) << "row '" << row << "' missing or out of order in:\n" << text;
  }
  const std::string flat = Squeeze(text);
  EXPECT_NE(flat.find("được triệu tập: 6 đồng chí"), std::string::npos) << flat;
  EXPECT_NE(flat.find("gồm 2 đại biểu đương nhiên"), std::string::npos) << flat;
  EXPECT_NE(flat.find("và 4 đại biểu chính thức"), std::string::npos) << flat;
  EXPECT_NE(flat.find("trong đó 1 đại biểu dự khuyết thay"), std::string::npos) << flat;
  EXPECT_NE(flat.find("Trừ 1 đồng chí: 1 ủy viên Ban Chấp hành vắng mặt cả đại hội"),
            std::string::npos)
      << flat;
  EXPECT_NE(flat.find("6 − 1 = 5 đồng chí"), std::string::npos) << flat;
  EXPECT_NE(flat.find("ít nhất 3 phiếu"), std::string::npos) << flat;
  EXPECT_NE(flat.find("(trừ khỏi căn cứ)"), std::string::npos) << flat;
  // The not convened, with the reason; the unused alternate is only counted.
  EXPECT_NE(flat.find("Những trường hợp không triệu tập"), std::string::npos);
  EXPECT_NE(flat.find("Trần Thị Bình Đại biểu đương nhiên Đã nghỉ hưu"), std::string::npos) << flat;
  EXPECT_NE(flat.find("2 Hoàng Thị Hà Đảng bộ phường Quán"), std::string::npos) << flat;
  EXPECT_NE(flat.find("Vắng mặt cả đại hội, có dự"), std::string::npos) << flat;
  EXPECT_NE(flat.find("Có 1 đại biểu dự khuyết không thay"), std::string::npos) << flat;
  EXPECT_EQ(flat.find("Bùi Văn Cường"), std::string::npos);
  EXPECT_NE(flat.find("Hà Nội, ngày 14 tháng 6 năm 2020"), std::string::npos) << flat;
}

TEST(RollReport, XlsxListsEveryPersonInNameOrder) {
  app::RollView view = SampleView();
  auto bytes = RollXlsx(view, "Đảng bộ quận Ba Đình");
  ASSERT_TRUE(bytes.ok()) << bytes.error().Describe();
  auto table = ReadTable("roll.xlsx", *bytes);
  ASSERT_TRUE(table.ok()) << table.error().Describe();
  ASSERT_EQ(table->header.size(), 16u);
  EXPECT_EQ(table->header[2], "Họ và tên");
  EXPECT_EQ(table->header[11], "Được triệu tập");
  ASSERT_EQ(table->rows.size(), 10u);  // nine people and the total
  // R-ORDER over everyone: An (Lê), An (Nguyễn 1960), An (Nguyễn 1970), Bình, Cường, Dung,
  // Đức, Hà, Hùng.
  const std::vector<std::string> keys = {"4", "8", "1", "2", "9", "6", "3", "5", "7"};
  for (size_t k = 0; k < keys.size(); ++k) {
    EXPECT_EQ(table->rows[k][0], std::to_string(k + 1));
    EXPECT_EQ(table->rows[k][1], keys[k]) << k;
  }
  const auto& lead = table->rows[0];
  EXPECT_EQ(lead[2], "Lê Văn An");
  EXPECT_EQ(lead[4], "Nam");
  EXPECT_EQ(lead[5], "1975-05-05");
  EXPECT_EQ(lead[6], "Đại biểu chính thức");
  EXPECT_EQ(lead[7], "BADINH-QUANTHANH");
  EXPECT_EQ(lead[8], "Đảng bộ phường Quán Thánh");
  EXPECT_EQ(lead[9], "1");
  EXPECT_EQ(lead[11], "Có");
  const auto& retired = table->rows[3];
  EXPECT_EQ(retired[2], "Trần Thị Bình");
  EXPECT_EQ(retired[6], "Đại biểu đương nhiên");
  EXPECT_EQ(retired[11], "Không");
  EXPECT_EQ(retired[12], "Đã nghỉ hưu trước ngày khai mạc");
  const auto& unused = table->rows[4];
  EXPECT_EQ(unused[12], "Dự khuyết, không thay đại biểu chính thức nào");
  const auto& standing_in = table->rows[5];
  EXPECT_EQ(standing_in[13], "Hoàng Thị Hà");
  const auto& absent = table->rows[6];
  EXPECT_EQ(absent[14], "Ủy viên Ban Chấp hành vắng mặt cả đại hội");
  EXPECT_EQ(absent[15], "Cả đại hội");
  const auto& replaced = table->rows[7];
  EXPECT_EQ(replaced[12], "Vắng mặt cả đại hội, có dự khuyết thay (đồng chí Đỗ Thị Dung)");
  EXPECT_EQ(table->rows[9][11], "Triệu tập 6, trừ 1, căn cứ 5");
}

}  // namespace
}  // namespace daihoi::report
