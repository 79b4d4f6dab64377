// XLSX (Office Open XML) reader: libzip for the container, pugixml for the parts. Reads what
// import needs from the first worksheet; formulas are read through their cached values.

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <pugixml.hpp>
#include <set>

#include "common/date.h"
#include "report/file_reading.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

using internal::Attribute;
using internal::Child;
using internal::FileError;
using internal::LocalName;

template <class Fn>
void EachChild(pugi::xml_node node, std::string_view name, Fn fn) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && LocalName(c.name()) == name) fn(c);
  }
}

// Text of a string item: <t>, or the <t> of each rich-text run <r>; phonetic runs skipped.
std::string ItemText(pugi::xml_node si) {
  std::string out;
  for (pugi::xml_node c : si.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view n = LocalName(c.name());
    if (n == "t") out += c.text().get();
    if (n == "r") out += Child(c, "t").text().get();
  }
  return out;
}

bool Load(pugi::xml_document& doc, const std::string& xml) {
  return doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
}

// A number format that shows a date: built-in ids, or a custom code with day or year parts.
bool IsDateFormat(int id, const std::map<int, std::string>& custom) {
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
    return true;
  }
  auto it = custom.find(id);
  if (it == custom.end()) return false;
  bool in_quote = false;
  bool in_bracket = false;
  for (size_t i = 0; i < it->second.size(); ++i) {
    char c = it->second[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (c == '"') in_quote = !in_quote;
    if (in_quote) continue;
    if (c == '[') in_bracket = true;
    if (c == ']') in_bracket = false;
    if (in_bracket) continue;
    if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') return true;
  }
  return false;
}

std::string FormatNumber(double value) {
  if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

// Column letters of a cell reference ("AB12" → 27, zero-based); -1 when malformed.
int ColumnIndex(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) col = col * 26 + (ref[i] - 'A' + 1);
  return i == 0 ? -1 : col - 1;
}

std::string Resolve(const std::string& target) {
  if (target.starts_with("/")) return target.substr(1);
  if (target.starts_with("xl/")) return target;
  return "xl/" + target;
}

}  // namespace

Result<app::Table> ReadXlsx(const std::string& file_name, std::string_view bytes) {
  internal::ZipArchive zip(bytes);
  if (!zip.ok()) {
    return FileError(file_name, "không đọc được tệp XLSX (not a readable XLSX/zip file)");
  }
  // The first worksheet, as the workbook lists it.
  std::string sheet_path = "xl/worksheets/sheet1.xml";
  bool date1904 = false;
  if (auto workbook_xml = zip.Read("xl/workbook.xml")) {
    pugi::xml_document workbook;
    if (Load(workbook, *workbook_xml)) {
      pugi::xml_node root = workbook.document_element();
      std::string_view d1904 = Attribute(Child(root, "workbookPr"), "date1904").value();
      date1904 = d1904 == "1" || d1904 == "true";
      pugi::xml_node first = Child(Child(root, "sheets"), "sheet");
      std::string rid = Attribute(first, "id").value();
      if (auto rels_xml = zip.Read("xl/_rels/workbook.xml.rels"); rels_xml && !rid.empty()) {
        pugi::xml_document rels;
        if (Load(rels, *rels_xml)) {
          EachChild(rels.document_element(), "Relationship", [&](pugi::xml_node rel) {
            if (rid == rel.attribute("Id").value())
              sheet_path = Resolve(rel.attribute("Target").value());
          });
        }
      }
    }
  }
  std::vector<std::string> shared;
  if (auto shared_xml = zip.Read("xl/sharedStrings.xml")) {
    pugi::xml_document doc;
    if (!Load(doc, *shared_xml)) {
      return FileError(file_name, "XLSX hỏng: sharedStrings.xml (broken shared strings)");
    }
    EachChild(doc.document_element(), "si",
              [&](pugi::xml_node si) { shared.push_back(ItemText(si)); });
  }
  std::vector<bool> date_style;  // per cellXfs index
  if (auto styles_xml = zip.Read("xl/styles.xml")) {
    pugi::xml_document doc;
    if (Load(doc, *styles_xml)) {
      std::map<int, std::string> custom;
      EachChild(Child(doc.document_element(), "numFmts"), "numFmt", [&](pugi::xml_node f) {
        custom[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value();
      });
      EachChild(Child(doc.document_element(), "cellXfs"), "xf", [&](pugi::xml_node xf) {
        date_style.push_back(IsDateFormat(xf.attribute("numFmtId").as_int(), custom));
      });
    }
  }
  auto sheet_xml = zip.Read(sheet_path);
  if (!sheet_xml) {
    return FileError(file_name, "XLSX không có trang tính (no worksheet) " + sheet_path);
  }
  pugi::xml_document sheet;
  if (!Load(sheet, *sheet_xml)) {
    return FileError(file_name, "XLSX hỏng: trang tính không đọc được (broken worksheet)");
  }
  const Date epoch = date1904 ? *Date::FromYmd(1904, 1, 1) : *Date::FromYmd(1899, 12, 30);

  std::vector<std::pair<long, std::vector<std::string>>> rows;
  long next_row = 1;
  Error bad = InvalidInput("");
  bool failed = false;
  EachChild(Child(sheet.document_element(), "sheetData"), "row", [&](pugi::xml_node row) {
    long number = row.attribute("r").as_llong(next_row);
    next_row = number + 1;
    std::vector<std::string> cells;
    int next_col = 0;
    EachChild(row, "c", [&](pugi::xml_node c) {
      int col = c.attribute("r") ? ColumnIndex(c.attribute("r").value()) : next_col;
      if (col < 0 || col > 16383) col = next_col;
      next_col = col + 1;
      std::string type = c.attribute("t").value();
      std::string v = Child(c, "v").text().get();
      std::string value;
      if (type == "s") {
        size_t index = 0;
        auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), index);
        if (ec != std::errc() || index >= shared.size()) {
          failed = true;
          bad = FileError(file_name,
                          "XLSX hỏng: chuỗi dùng chung không tồn tại (bad shared string) " + v,
                          number);
          return;
        }
        value = shared[index];
      } else if (type == "inlineStr") {
        value = ItemText(Child(c, "is"));
      } else if (type == "b") {
        value = v == "1" ? "true" : "false";
      } else if (type == "str" || type == "e") {
        value = v;
      } else if (!v.empty()) {
        char* end = nullptr;
        double number_value = std::strtod(v.c_str(), &end);
        size_t style = c.attribute("s").as_uint(0);
        if (end && *end == '\0' && style < date_style.size() && date_style[style]) {
          value = epoch.AddDays(static_cast<int64_t>(std::floor(number_value))).ToIso();
        } else if (end && *end == '\0') {
          value = FormatNumber(number_value);
        } else {
          value = v;
        }
      }
      if (cells.size() <= static_cast<size_t>(col)) cells.resize(static_cast<size_t>(col) + 1);
      cells[static_cast<size_t>(col)] = std::move(value);
    });
    rows.emplace_back(number, std::move(cells));
  });
  if (failed) return bad;
  if (rows.empty()) return FileError(file_name, "trang tính trống (empty worksheet)");

  app::Table table;
  table.file = file_name;
  table.header = std::move(rows.front().second);
  while (!table.header.empty() && table.header.back().empty()) table.header.pop_back();
  for (size_t i = 1; i < rows.size(); ++i) {
    table.row_numbers.push_back(rows[i].first);
    table.rows.push_back(std::move(rows[i].second));
  }
  return table;
}

}  // namespace daihoi::report
