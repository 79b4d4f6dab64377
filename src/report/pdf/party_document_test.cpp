#include "report/pdf/party_document.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace daihoi::report::pdf {
namespace {

int CountPages(const std::string& pdf) {
  int pages = 0;
  for (size_t pos = 0; (pos = pdf.find("/Type /Page", pos)) != std::string::npos; ++pos) {
    if (pdf.compare(pos, 12, "/Type /Pages") != 0) ++pages;
  }
  return pages;
}

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

}  // namespace
}  // namespace daihoi::report::pdf
