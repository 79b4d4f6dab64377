// A draft document from a Word file (docx_import.h).
#include "report/docx_import.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>

#include "report/file_reading.h"

namespace daihoi::report {
namespace {

using internal::Attribute;
using internal::Child;
using internal::LocalName;

std::string Lower(std::string text) {
  for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return text;
}

// The heading level a style name or id stands for, 0 for none.
int LevelOfName(const std::string& name) {
  const std::string lower = Lower(name);
  if (lower == "title") return 1;
  for (const char* prefix : {"heading ", "heading"}) {
    const std::string p = prefix;
    if (lower.size() > p.size() && lower.compare(0, p.size(), p) == 0) {
      const std::string rest = lower.substr(p.size());
      if (rest.size() == 1 && rest[0] >= '1' && rest[0] <= '9') return std::min(3, rest[0] - '0');
    }
  }
  return 0;
}

struct Style {
  std::string name;
  int outline = -1;  // w:outlineLvl, 0-based
};

// The text of a paragraph: its runs' text, tabs and breaks as spaces.
void CollectText(pugi::xml_node node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = LocalName(child.name());
    if (name == "t") {
      out += child.text().get();
    } else if (name == "tab" || name == "br" || name == "cr") {
      out += ' ';
    } else if (name == "pPr" || name == "rPr" || name == "instrText" || name == "delText") {
      continue;  // properties, field codes and deleted text are not the document's words
    } else {
      CollectText(child, out);
    }
  }
}

}  // namespace

Result<documents::Content> ReadDocx(const std::string& file_name, std::string_view bytes) {
  const auto bad = [&](const std::string& message) {
    Error error = InvalidInput(message, "file");
    error.file = file_name;
    return error;
  };
  internal::ZipArchive archive(bytes);
  if (!archive.ok()) return bad("không phải tệp .docx (not a .docx file: not a zip)");
  auto document_xml = archive.Read("word/document.xml");
  if (!document_xml) return bad("không phải tệp .docx (no word/document.xml)");
  std::map<std::string, Style> styles;
  if (auto styles_xml = archive.Read("word/styles.xml")) {
    pugi::xml_document doc;
    if (doc.load_buffer(styles_xml->data(), styles_xml->size())) {
      for (pugi::xml_node style : doc.document_element().children()) {
        if (LocalName(style.name()) != "style") continue;
        Style s;
        s.name = Attribute(Child(style, "name"), "val").value();
        const std::string outline =
            Attribute(Child(Child(style, "pPr"), "outlineLvl"), "val").value();
        if (!outline.empty()) s.outline = std::atoi(outline.c_str());
        styles[Attribute(style, "styleId").value()] = s;
      }
    }
  }
  pugi::xml_document doc;
  if (!doc.load_buffer(document_xml->data(), document_xml->size())) {
    return bad("word/document.xml không đọc được (malformed XML)");
  }
  pugi::xml_node body = Child(doc.document_element(), "body");
  documents::Content content;
  content.sections.push_back(documents::Section{});
  const auto add_paragraph = [&](std::string text) {
    content.sections.back().paragraphs.push_back({0, "", std::move(text)});
  };
  for (pugi::xml_node block : body.children()) {
    const std::string_view name = LocalName(block.name());
    if (name == "tbl") {
      for (pugi::xml_node row : block.children()) {
        if (LocalName(row.name()) != "tr") continue;
        std::string line;
        for (pugi::xml_node cell : row.children()) {
          if (LocalName(cell.name()) != "tc") continue;
          std::string text;
          CollectText(cell, text);
          if (!line.empty()) line += " | ";
          line += text;
        }
        add_paragraph(line);
      }
      continue;
    }
    if (name != "p") continue;
    std::string text;
    CollectText(block, text);
    pugi::xml_node properties = Child(block, "pPr");
    const std::string style_id = Attribute(Child(properties, "pStyle"), "val").value();
    int level = LevelOfName(style_id);
    auto style = styles.find(style_id);
    if (level == 0 && style != styles.end()) {
      level = LevelOfName(style->second.name);
      if (level == 0 && style->second.outline >= 0 && style->second.outline < 9) {
        level = std::min(3, style->second.outline + 1);
      }
    }
    const std::string outline = Attribute(Child(properties, "outlineLvl"), "val").value();
    if (level == 0 && !outline.empty()) {
      const int value = std::atoi(outline.c_str());
      if (value >= 0 && value < 9) level = std::min(3, value + 1);
    }
    if (level > 0 && text.find_first_not_of(" \t") != std::string::npos) {
      documents::Section section;
      section.heading = text;
      section.level = level;
      content.sections.push_back(std::move(section));
    } else {
      add_paragraph(text);
    }
  }
  content = documents::Numbered(std::move(content));
  if (content.sections.front().heading.empty() && content.sections.front().paragraphs.empty()) {
    content.sections.erase(content.sections.begin());
    content = documents::Numbered(std::move(content));
  }
  if (content.sections.empty()) return bad("tệp .docx không có nội dung (no text)");
  return content;
}

}  // namespace daihoi::report
