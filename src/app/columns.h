#pragma once
// The import/export columns of spec/CONTRACTS.md ("Data"), with their Vietnamese headers. One
// table drives the readers (header matching), the writers (CSV English headers, XLSX Vietnamese
// headers and cell types) and the documentation.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/import.h"

namespace daihoi::app {

enum class ColumnType { kText, kInteger, kDate, kBoolean };

struct Column {
  std::string_view name;        // English, as in CONTRACTS.md: parent_code
  std::string_view vietnamese;  // header of XLSX exports: Mã cấp trên
  ColumnType type = ColumnType::kText;
  bool required = false;                  // the header must name it
  std::vector<std::string_view> aliases;  // other Vietnamese spellings accepted on import
};

// The columns of one kind, in contract order.
const std::vector<Column>& Columns(ImportKind kind);

// "orgs", "members", "congresses" and back.
const char* ToString(ImportKind kind);
std::optional<ImportKind> ParseImportKind(std::string_view text);

// The key a header cell is matched on: accent- and case-insensitive (text::Fold), with '_'
// and runs of spaces treated alike, so "Mã cấp trên", "MA CAP TREN" and "parent_code" /
// "Parent Code" all match their column.
std::string HeaderKey(std::string_view header);

}  // namespace daihoi::app
