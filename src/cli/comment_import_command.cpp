// `daihoi comment import VERSION FILE.csv|.xlsx`: a file of comments, all or nothing. Columns
// (header row, any order; Vietnamese headers accepted): section, quote, text, source, unit,
// meeting (1/0, có/không), agreed, name, contact. A bad cell fails the whole file with its file,
// row and column (exit 2).
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/document_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "report/table_io.h"
#include "storage/open.h"
#include "text/text.h"

namespace daihoi::cli {
namespace {

// The column each header names (accent- and case-insensitive).
std::optional<std::string> ColumnOf(const std::string& header) {
  static const std::map<std::string, std::string> kNames = {
      {"section", "section"}, {"phan", "section"},     {"muc", "section"},
      {"quote", "quote"},     {"trich dan", "quote"},  {"text", "text"},
      {"noi dung", "text"},   {"y kien", "text"},      {"source", "source"},
      {"nguon", "source"},    {"unit", "unit"},        {"don vi", "unit"},
      {"ma don vi", "unit"},  {"meeting", "meeting"},  {"hoi nghi", "meeting"},
      {"agreed", "agreed"},   {"tan thanh", "agreed"}, {"so tan thanh", "agreed"},
      {"name", "name"},       {"ho ten", "name"},      {"ho va ten", "name"},
      {"contact", "contact"}, {"lien he", "contact"}};
  std::string key = text::Fold(header);
  for (char& ch : key) {
    if (ch == '_') ch = ' ';
  }
  auto it = kNames.find(key);
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

Error CellError(const app::Table& table, size_t index, const std::string& column,
                const std::string& message) {
  Error error = InvalidInput(message, column);
  error.file = table.file;
  error.row =
      index < table.row_numbers.size() ? table.row_numbers[index] : static_cast<long>(index) + 2;
  return error;
}

}  // namespace

int RunCommentImport(const Context& ctx, const DocumentOptions& options) {
  auto bytes = ReadInput(options.file);
  if (!bytes) return Fail(bytes.error());
  auto table = report::ReadTable(options.file, *bytes);
  if (!table) return Fail(table.error());
  std::map<std::string, size_t> columns;
  for (size_t i = 0; i < table->header.size(); ++i) {
    auto column = ColumnOf(table->header[i]);
    if (!column) {
      Error error = InvalidInput("cột không rõ '" + table->header[i] + "' (unknown column)",
                                 table->header[i]);
      error.file = table->file;
      error.row = 1;
      return Fail(error);
    }
    columns[*column] = i;
  }
  if (!columns.count("text")) {
    Error error = InvalidInput("thiếu cột nội dung (column text required)", "text");
    error.file = table->file;
    error.row = 1;
    return Fail(error);
  }
  std::vector<app::CommentInput> rows;
  for (size_t index = 0; index < table->rows.size(); ++index) {
    const auto& cells = table->rows[index];
    const auto cell = [&](const std::string& column) -> std::string {
      auto it = columns.find(column);
      return it != columns.end() && it->second < cells.size() ? cells[it->second] : "";
    };
    app::CommentInput row;
    row.version_id = options.version;
    const std::string section = cell("section");
    if (!section.empty()) {
      try {
        size_t used = 0;
        row.section_ordinal = std::stoi(section, &used);
        if (used != section.size() || row.section_ordinal < 0) throw std::invalid_argument(section);
      } catch (const std::exception&) {
        return Fail(CellError(*table, index, "section", "số phần không hợp lệ '" + section + "'"));
      }
    }
    row.quote = cell("quote");
    row.text = cell("text");
    const std::string source = cell("source").empty() ? "unit" : cell("source");
    auto parsed = documents::ParseCommentSource(source);
    if (!parsed) {
      return Fail(
          CellError(*table, index, "source",
                    "nguồn ý kiến không hợp lệ '" + source + "' (unit, citizen, former_leader)"));
    }
    row.source = *parsed;
    row.org_code = cell("unit");
    const std::string meeting = text::Fold(cell("meeting"));
    row.on_behalf_of_meeting =
        meeting == "1" || meeting == "co" || meeting == "x" || meeting == "yes";
    const std::string agreed = cell("agreed");
    if (!agreed.empty()) {
      try {
        size_t used = 0;
        row.agreed_members = std::stoll(agreed, &used);
        if (used != agreed.size()) throw std::invalid_argument(agreed);
      } catch (const std::exception&) {
        return Fail(CellError(*table, index, "agreed", "số không hợp lệ '" + agreed + "'"));
      }
      if (row.agreed_members > 0) row.on_behalf_of_meeting = true;
    }
    row.citizen_name = cell("name");
    row.citizen_contact = cell("contact");
    rows.push_back(std::move(row));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto stored =
      app::ImportComments(**store, app::SystemClock(), CommandLineActor(), rows, table->file);
  if (!stored) {
    Error error = stored.error();
    // The use case counts rows from 2; a CSV record may start on a later line.
    if (error.row >= 2 && static_cast<size_t>(error.row - 2) < table->row_numbers.size()) {
      error.row = table->row_numbers[error.row - 2];
    }
    return Fail(error);
  }
  std::cout << "Đã nhập " << *stored << " ý kiến\n";
  return 0;
}

}  // namespace daihoi::cli
