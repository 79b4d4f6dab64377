#include "report/pdf/party_document.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "report/pdf/pdf_text_test.h"

namespace daihoi::report::pdf {
namespace {

using test::CountPages;
using test::PdfText;

Document Minutes(int candidates) {
  Document d;
  d.header = {"ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN BA ĐÌNH LẦN THỨ XXVI", "BAN KIỂM PHIẾU",
              "Số 12-BB/ĐH", "Hà Nội", *Date::Parse("2020-06-15")};
  d.type = "BIÊN BẢN KIỂM PHIẾU";
  d.subject = "Bầu Ban Chấp hành Đảng bộ quận Ba Đình khóa XXVI, nhiệm kỳ 2020 - 2025";
  d.body.push_back(Paragraph(
      "Căn cứ Điều lệ Đảng Cộng sản Việt Nam và Quy chế bầu cử trong Đảng, hôm nay, vào hồi 15 "
      "giờ 30 phút ngày 15/6/2020, tại Hội trường Quận ủy Ba Đình, Ban Kiểm phiếu đã tiến hành "
      "kiểm phiếu bầu Ban Chấp hành Đảng bộ quận khóa XXVI."));
  d.body.push_back(Heading("1. Kết quả kiểm phiếu"));
  Table t;
  t.columns = {"Số TT", "Họ và tên", "Số phiếu", "Tỷ lệ"};
  t.widths = {1, 5, 2, 2};
  t.align = {'c', 'l', 'r', 'r'};
  for (int i = 1; i <= candidates; ++i) {
    t.rows.push_back({std::to_string(i), "Nguyễn Văn Đức " + std::to_string(i), "250", "83,33%"});
  }
  d.body.push_back(TableBlock(t));
  d.signatures = {{"T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Trần Thị Bình"}};
  d.recipients = {"Đoàn Chủ tịch Đại hội", "Lưu Ban Kiểm phiếu"};
  d.footer = "Mã chuỗi phiếu: 3f9a…";
  return d;
}

TEST(PartyDocumentTest, PlaceAndDateLeadingZeros) {  // DOCUMENT-LAYOUT: header date
  EXPECT_EQ(PlaceAndDate("Hà Nội", *Date::Parse("2020-05-20")), "Hà Nội, ngày 20 tháng 5 năm 2020");
  EXPECT_EQ(PlaceAndDate("Đà Nẵng", *Date::Parse("2020-01-05")),
            "Đà Nẵng, ngày 05 tháng 01 năm 2020");
  EXPECT_EQ(PlaceAndDate("", *Date::Parse("2025-02-09")), "ngày 09 tháng 02 năm 2025");
  EXPECT_EQ(PlaceAndDate("Huế", *Date::Parse("2025-12-31")), "Huế, ngày 31 tháng 12 năm 2025");
}

TEST(PartyDocumentTest, RendersAPdfAndBreaksLongTablesAcrossPages) {
  auto short_doc = Render(Minutes(5));
  ASSERT_TRUE(short_doc.ok()) << short_doc.error().message;
  EXPECT_EQ(short_doc->rfind("%PDF-", 0), 0u);
  EXPECT_EQ(CountPages(*short_doc), 1);

  auto long_doc = Render(Minutes(47));
  ASSERT_TRUE(long_doc.ok());
  EXPECT_GE(CountPages(*long_doc), 2);

  // DAIHOI_PDF_OUT=dir keeps the files to look at.
  if (const char* dir = std::getenv("DAIHOI_PDF_OUT")) {
    std::ofstream(std::string(dir) + "/minutes.pdf", std::ios::binary) << *long_doc;
  }
}

TEST(PartyDocumentTest, PageBreakAndAnnexStartNewPages) {
  Document d = Minutes(3);
  auto plain = Render(d);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(CountPages(*plain), 1);

  // A page break in the body moves what follows to page 2; two in a row add no empty page.
  d.body.insert(d.body.begin() + 1, PageBreak());
  d.body.insert(d.body.begin() + 1, PageBreak());
  auto broken = Render(d);
  ASSERT_TRUE(broken.ok());
  EXPECT_EQ(CountPages(*broken), 2);

  // The annex follows the signatures and footer on a page of its own.
  Block title = Heading("PHỤ LỤC: NHẬT KÝ NHẬP PHIẾU");
  title.centred = true;
  d.annex = {title, Paragraph("Lượt nhập thứ nhất.")};
  auto annexed = Render(d);
  ASSERT_TRUE(annexed.ok());
  EXPECT_EQ(CountPages(*annexed), 3);
  const std::string last = PdfText(*annexed, "annex", 3);
  if (last.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  EXPECT_NE(last.find("PHỤ LỤC: NHẬT KÝ NHẬP PHIẾU"), std::string::npos) << last;
  EXPECT_EQ(last.find("TRƯỞNG BAN"), std::string::npos) << last;
  const std::string second = PdfText(*annexed, "annex", 2);
  EXPECT_NE(second.find("Trần Thị Bình"), std::string::npos) << second;
  EXPECT_NE(second.find("Mã chuỗi phiếu"), std::string::npos) << second;
}

TEST(PartyDocumentTest, EverySignerOfACommitteeIsPrinted) {
  Document d = Minutes(3);
  d.recipients.clear();
  const std::vector<std::string> names = {"Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
                                          "Hoàng Văn Em",  "Vũ Thị Giang", "Đỗ Văn Hải",
                                          "Bùi Thị Khánh", "Ngô Văn Lâm",  "Dương Thị Mai"};
  d.signatures = {{"T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", names[0]}};
  for (size_t k = 1; k < names.size(); ++k) d.signatures.push_back({"", "ỦY VIÊN", names[k]});
  auto bytes = Render(d);
  ASSERT_TRUE(bytes.ok());
  // Nine signers need five rows: more than the rest of page 1 holds, so the rows continue on
  // page 2 rather than running off the page.
  ASSERT_EQ(CountPages(*bytes), 2);
  const std::string text = PdfText(*bytes, "signers-1", 1) + PdfText(*bytes, "signers-2", 2);
  if (text.empty()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  for (const std::string& name : names) EXPECT_NE(text.find(name), std::string::npos) << name;
  // Head on the right of the first row, the first member on its left, on the same line.
  const size_t at = text.find("Lê Văn Cường");
  ASSERT_NE(at, std::string::npos);
  const std::string line = text.substr(at, text.find('\n', at) - at);
  EXPECT_NE(line.find("Trần Thị Bình"), std::string::npos) << line;
}

// Whatever the text above them, a paragraph that introduces a table starts on the page of the
// table's header, and the last paragraph on the page of the first signatures.
TEST(PartyDocumentTest, IntroductionsStayWithTheirTablesAndTheEndWithTheSignatures) {
  if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  }
  for (int filler = 14; filler <= 30; filler += 2) {
    Document d = Minutes(0);
    d.body.clear();
    for (int k = 0; k < filler; ++k) d.body.push_back(Paragraph("Dòng đệm " + std::to_string(k)));
    d.body.push_back(Paragraph("Đoạn giới thiệu bảng:"));
    Table t;
    t.columns = {"Số TT", "Họ và tên"};
    t.rows = {{"1", "Nguyễn Văn An"}, {"2", "Trần Thị Bình"}};
    d.body.push_back(TableBlock(t));
    for (int k = 0; k < filler; ++k) d.body.push_back(Paragraph("Dòng sau " + std::to_string(k)));
    d.body.push_back(Paragraph("Đoạn kết thúc biên bản."));
    auto bytes = Render(d);
    ASSERT_TRUE(bytes.ok());
    const int pages = CountPages(*bytes);
    bool intro_seen = false;
    bool end_seen = false;
    for (int page = 1; page <= pages; ++page) {
      const std::string text = PdfText(*bytes, "keep-" + std::to_string(filler), page);
      if (text.find("Đoạn giới thiệu bảng") != std::string::npos) {
        intro_seen = true;
        EXPECT_NE(text.find("Nguyễn Văn An"), std::string::npos) << filler << "\n" << text;
      }
      if (text.find("Đoạn kết thúc biên bản") != std::string::npos) {
        end_seen = true;
        EXPECT_NE(text.find("TRƯỞNG BAN"), std::string::npos) << filler << "\n" << text;
      }
    }
    EXPECT_TRUE(intro_seen && end_seen) << filler;
  }
}

}  // namespace
}  // namespace daihoi::report::pdf
