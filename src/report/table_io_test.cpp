#include "report/table_io.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace daihoi::report {
namespace {

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvTest, QuotesEmbeddedDelimitersAndLineBreaks) {
  auto t = ReadCsv("orgs.csv",
                   "\xEF\xBB\xBF"
                   "code,name,members\r\n"
                   "A,\"Đảng bộ phường Quán Thánh, Ba Đình\",12\r\n"
                   "B,\"Chi bộ \"\"số 1\"\"\nkhu dân cư\",\r\n"
                   "C,Chi bộ,7\r\n");
  ASSERT_TRUE(t.ok()) << t.error().Describe();
  EXPECT_EQ(t->header, (std::vector<std::string>{"code", "name", "members"}));
  EXPECT_EQ(t->rows, (Rows{{"A", "Đảng bộ phường Quán Thánh, Ba Đình", "12"},
                           {"B", "Chi bộ \"số 1\"\nkhu dân cư", ""},
                           {"C", "Chi bộ", "7"}}));
  // A record that spans lines is numbered by the line where it starts.
  EXPECT_EQ(t->row_numbers, (std::vector<long>{2, 3, 5}));
}

TEST(CsvTest, SemicolonDelimiterAndNoFinalNewline) {
  auto t = ReadCsv("x.csv", "Mã;Tên;Cấp\nHANOI;Đảng bộ thành phố Hà Nội;province");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->header.size(), 3u);
  EXPECT_EQ(t->rows, (Rows{{"HANOI", "Đảng bộ thành phố Hà Nội", "province"}}));
}

TEST(CsvTest, NonUtf8BytesAreReadAsWindows1252) {
  // TCVN3 bytes saved by an old spreadsheet: "NguyÔn" (0xD4) stays a Latin-1 character.
  auto t = ReadCsv("old.csv", "full_name\nNguy\xD4n V\xA8n An\n");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->rows[0][0], "Nguy\xC3\x94n V\xC2\xA8n An");
}

TEST(CsvTest, ErrorsNameTheFile) {
  auto t = ReadCsv("bad.csv", "code,name\nA,\"unterminated\n");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().file, "bad.csv");
  EXPECT_EQ(t.error().row, 2);
  auto empty = ReadTable("empty.csv", "");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().Describe().find("empty.csv"), std::string::npos);
}

TEST(CsvTest, RecordQuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvRecord({"A", "x,y", "say \"hi\"", ""}), "A,\"x,y\",\"say \"\"hi\"\"\",\n");
  EXPECT_EQ(CsvRecord({"line\nbreak"}), "\"line\nbreak\"\n");
  auto back = ReadCsv("r.csv", "h1,h2,h3,h4\n" + CsvRecord({"A", "x,y", "say \"hi\"", ""}));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->rows[0], (std::vector<std::string>{"A", "x,y", "say \"hi\"", ""}));
}

std::string TempPath(const char* suffix) {
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir && *dir ? dir : "/tmp") + "/daihoi-report-test-" +
         std::to_string(::getpid()) + suffix;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(XlsxTest, WriterOutputReadsBackTyped) {
  std::string path = TempPath(".xlsx");
  const auto& columns = app::Columns(app::ImportKind::kCongresses);
  auto w = XlsxWriter::Open(path, "congresses", columns);
  ASSERT_TRUE(w.ok()) << w.error().Describe();
  ASSERT_TRUE((*w)->Row({"BADINH", "2020-2025", "26", "delegates", "false", "2020-06-14",
                         "2020-06-16", "", ""})
                  .ok());
  ASSERT_TRUE((*w)->Row({"BADINH-QUANTHANH", "2020-2025", "", "members", "true", "2020-04-23",
                         "2020-04-24", "2020-04-23", "2020-04-24"})
                  .ok());
  ASSERT_TRUE((*w)->Close().ok());
  std::string bytes = Slurp(path);
  std::filesystem::remove(path);
  ASSERT_TRUE(bytes.starts_with("PK"));
  auto t = ReadTable("congresses.xlsx", bytes);
  ASSERT_TRUE(t.ok()) << t.error().Describe();
  EXPECT_EQ(t->header[0], "Mã tổ chức");
  EXPECT_EQ(t->header[5], "Ngày dự kiến bắt đầu");
  EXPECT_EQ(t->rows[0], (std::vector<std::string>{"BADINH", "2020-2025", "26", "delegates", "false",
                                                  "2020-06-14", "2020-06-16"}));
  EXPECT_EQ(t->rows[1][8], "2020-04-24");
  EXPECT_EQ(t->row_numbers, (std::vector<long>{2, 3}));
}

// A workbook as other tools write it: shared strings with rich-text runs, an inline string, a
// custom date format, a boolean, sparse cells, the sheet found through the workbook rels.
TEST(XlsxTest, ReadsSharedInlineAndDateCells) {
  std::string path = TempPath("-hand.xlsx");
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  ASSERT_NE(z, nullptr);
  auto add = [&](const char* name, const std::string& text) {
    auto* copy = new std::string(text);
    zip_source_t* s = zip_source_buffer(z, copy->data(), copy->size(), 0);
    ASSERT_NE(s, nullptr);
    ASSERT_GE(zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8), 0);
    static std::vector<std::unique_ptr<std::string>> keep;
    keep.emplace_back(copy);
  };
  add("xl/workbook.xml",
      R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId7"/></sheets></workbook>)");
  add("xl/_rels/workbook.xml.rels",
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="worksheet" Target="worksheets/data.xml"/></Relationships>)");
  add("xl/sharedStrings.xml",
      R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Họ và tên</t></si><si><r><t>Nguyễn </t></r><r><rPr><b/></rPr><t>Văn An</t></r></si><si><t>Ngày sinh</t></si></sst>)");
  add("xl/styles.xml",
      R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>)");
  add("xl/worksheets/data.xml",
      R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Số</t></is></c></row>)"
      R"(<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>27455</v></c><c r="C2" t="b"><v>1</v></c><c r="D2"><v>993</v></c></row>)"
      R"(<row r="4"><c r="A4" t="inlineStr"><is><t>Trần Thị Bình</t></is></c><c r="B4" s="2"><v>43970</v></c><c r="D4"><v>2.5</v></c></row>)"
      R"(</sheetData></worksheet>)");
  ASSERT_EQ(zip_close(z), 0);
  std::string bytes = Slurp(path);
  std::filesystem::remove(path);
  auto t = ReadTable("ds.xlsx", bytes);
  ASSERT_TRUE(t.ok()) << t.error().Describe();
  EXPECT_EQ(t->header, (std::vector<std::string>{"Họ và tên", "Ngày sinh", "", "Số"}));
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0], (std::vector<std::string>{"Nguyễn Văn An", "1975-03-02", "true", "993"}));
  EXPECT_EQ(t->rows[1], (std::vector<std::string>{"Trần Thị Bình", "2020-05-19", "", "2.5"}));
  EXPECT_EQ(t->row_numbers, (std::vector<long>{2, 4}));
}

TEST(XlsxTest, BrokenZipNamesTheFile) {
  auto t = ReadTable("broken.xlsx", std::string("PK\x03\x04garbage", 11));
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().file, "broken.xlsx");
  EXPECT_EQ(t.error().code, ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace daihoi::report
