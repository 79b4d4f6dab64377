#pragma once
// For tests of the printed documents: their text as a person reads it, from the PDF (poppler's
// pdftotext) or from the Document value.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "report/pdf/party_document.h"

namespace daihoi::report::pdf::test {

// The pages of a PDF, counted by their page objects.
inline int CountPages(const std::string& pdf) {
  int pages = 0;
  for (size_t pos = 0; (pos = pdf.find("/Type /Page", pos)) != std::string::npos; ++pos) {
    if (pdf.compare(pos, 12, "/Type /Pages") != 0) ++pages;
  }
  return pages;
}

// pdftotext -layout of the bytes, pages separated by form feeds; of page `page` alone when it is
// set. `stem` names the files in the test's temporary folder. Empty when poppler-utils is not
// installed.
inline std::string PdfText(const std::string& pdf, const std::string& stem, int page = 0) {
  if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) return "";
  const std::string dir = ::testing::TempDir();
  const std::string pdf_path = dir + "/" + stem + ".pdf";
  const std::string txt_path = dir + "/" + stem + ".txt";
  std::ofstream(pdf_path, std::ios::binary) << pdf;
  std::string command = "pdftotext -layout ";
  if (page > 0) {
    const std::string p = std::to_string(page);
    command += "-f " + p + " -l " + p + " ";
  }
  if (std::system((command + "'" + pdf_path + "' '" + txt_path + "'").c_str()) != 0) return "";
  std::ifstream in(txt_path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The lines ('\n') or pages ('\f') of a text.
inline std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
  return parts;
}

// Runs of white space (line ends and no-break spaces too) as one space: a wrapped paragraph
// reads as one line, a table row as "1 Lê Văn An 1975 Đảng bộ …".
inline std::string Squeeze(std::string text) {
  for (size_t at = 0; (at = text.find("\u00A0", at)) != std::string::npos;) {
    text.replace(at, 2, " ");
  }
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\f') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  return out;
}

// The type, the subject and every text of the body, tables included ("cell | cell | "), one
// per line.
inline std::string DocumentText(const Document& document) {
  std::string text = document.type + "\n" + document.subject + "\n";
  for (const Block& block : document.body) {
    text += block.text + "\n";
    for (const auto& row : block.table.rows) {
      for (const std::string& cell : row) text += cell + " | ";
      text += "\n";
    }
  }
  return text;
}

}  // namespace daihoi::report::pdf::test
