// A .docx written here with libzip (word/document.xml and word/styles.xml) read back as a draft.
#include "report/docx_import.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace daihoi::report {
namespace {

std::string Paragraph(const std::string& style, const std::string& text) {
  std::string p = "<w:p>";
  if (!style.empty()) p += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
  return p + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// A Word file with the given body and a styles part where "u1" is Vietnamese Word's id of
// "heading 1" and "Muc2" a custom style at outline level 2.
std::string Docx(const std::string& body) {
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body>" +
      body + "</w:body></w:document>";
  const std::string styles =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:style w:type=\"paragraph\" w:styleId=\"u1\"><w:name w:val=\"heading 1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Muc2\"><w:name w:val=\"Muc hai\"/>"
      "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style></w:styles>";
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("daihoi_docx_" + std::to_string(::getpid()) + ".docx");
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  for (const auto& [name, data] :
       {std::pair<std::string, const std::string*>{"word/document.xml", &document},
        {"word/styles.xml", &styles}}) {
    zip_source_t* source = zip_source_buffer(archive, data->data(), data->size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(zip_close(archive), 0);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

TEST(DocxImport, HeadingsBecomeSections) {
  const std::string body =
      Paragraph("Title", "BÁO CÁO CHÍNH TRỊ") + Paragraph("", "Dự thảo lần 1.") +
      Paragraph("u1", "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT") +
      "<w:p><w:r><w:t>Kinh tế tăng </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>trưởng khá"
      "</w:t></w:r><w:r><w:tab/><w:t>7,5%.</w:t></w:r></w:p>" +
      Paragraph("Muc2", "1. Về văn hóa") + Paragraph("", "") + Paragraph("Normal", "Phát triển.") +
      Paragraph("Heading3", "1.1. Chi tiết") + "<w:tbl><w:tr><w:tc>" + Paragraph("", "Chỉ tiêu") +
      "</w:tc><w:tc>" + Paragraph("", "Kết quả") + "</w:tc></w:tr></w:tbl>";
  auto content = ReadDocx("du-thao.docx", Docx(body));
  ASSERT_TRUE(content.ok()) << content.error().message;
  ASSERT_EQ(content->sections.size(), 4u);
  EXPECT_EQ(content->sections[0].heading, "BÁO CÁO CHÍNH TRỊ");
  EXPECT_EQ(content->sections[0].paragraphs.at(0).text, "Dự thảo lần 1.");
  EXPECT_EQ(content->sections[1].heading, "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT");
  EXPECT_EQ(content->sections[1].level, 1);
  EXPECT_EQ(content->sections[1].paragraphs.at(0).text, "Kinh tế tăng trưởng khá 7,5%.");
  EXPECT_EQ(content->sections[2].heading, "1. Về văn hóa");
  EXPECT_EQ(content->sections[2].level, 2);
  ASSERT_EQ(content->sections[2].paragraphs.size(), 1u);  // the empty paragraph is dropped
  EXPECT_EQ(content->sections[2].paragraphs[0].key, "3.1");
  EXPECT_EQ(content->sections[3].level, 3);
  EXPECT_EQ(content->sections[3].paragraphs.at(0).text, "Chỉ tiêu | Kết quả");
}

TEST(DocxImport, RejectsWhatIsNotADocx) {
  auto not_zip = ReadDocx("a.docx", "Kính gửi");
  ASSERT_FALSE(not_zip.ok());
  EXPECT_EQ(not_zip.error().file, "a.docx");
  EXPECT_EQ(ReadDocx("b.docx", Docx("")).error().code, ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace daihoi::report
