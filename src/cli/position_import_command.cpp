// `daihoi position import FILE`: positions from a CSV or XLSX table with the columns member_id,
// kind, organization, org_code, from, to; all or nothing, errors name the row and column.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "report/table_io.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunPositionImport(const Context& ctx, const PersonnelOptions& options) {
  std::ifstream in(options.file, std::ios::binary);
  if (!in) {
    Error error = InvalidInput("không đọc được tệp (cannot read file)", "file");
    error.file = options.file;
    return Fail(error);
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  auto table = report::ReadTable(options.file, bytes.str());
  if (!table) return Fail(table.error());
  const std::vector<std::string> columns = {"member_id", "kind", "organization",
                                            "org_code",  "from", "to"};
  std::vector<int> at(columns.size(), -1);
  for (size_t index = 0; index < table->header.size(); ++index) {
    for (size_t column = 0; column < columns.size(); ++column) {
      if (table->header[index] == columns[column]) at[column] = static_cast<int>(index);
    }
  }
  for (size_t column = 0; column < 3; ++column) {
    if (at[column] < 0) {
      Error error =
          InvalidInput("thiếu cột " + columns[column] + " (missing column)", columns[column]);
      error.file = options.file;
      return Fail(error);
    }
  }
  auto row_of = [&](size_t index) -> long {
    return table->row_numbers.empty() ? static_cast<long>(index) + 2 : table->row_numbers[index];
  };
  std::vector<personnel::MemberPosition> positions;
  for (size_t index = 0; index < table->rows.size(); ++index) {
    const auto& row = table->rows[index];
    auto cell = [&](size_t column) -> std::string {
      const int position = at[column];
      return position >= 0 && static_cast<size_t>(position) < row.size() ? row[position] : "";
    };
    personnel::MemberPosition position;
    position.member_id = cell(0);
    position.kind = cell(1);
    position.organization = cell(2);
    position.org_code = cell(3);
    for (size_t column : {size_t{4}, size_t{5}}) {
      if (cell(column).empty()) continue;
      auto date = Date::Parse(cell(column));
      if (!date) {
        Error error = InvalidInput("ngày không hợp lệ '" + cell(column) + "'", columns[column]);
        error.file = options.file;
        error.row = row_of(index);
        return Fail(error);
      }
      (column == 4 ? position.from : position.to) = *date;
    }
    positions.push_back(std::move(position));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto ids = app::AddPositions(**store, CommandLineActor(), positions);
  if (!ids) {
    Error error = ids.error();
    // "positions[3].kind" → the file's row and column.
    if (error.field.rfind("positions[", 0) == 0) {
      const size_t close = error.field.find(']');
      const size_t index = std::stoul(error.field.substr(10, close - 10));
      error.file = options.file;
      error.row = row_of(index);
      error.field = error.field.substr(close + 2);
    }
    return Fail(error);
  }
  std::cout << "Đã nhập " << ids->size() << " chức vụ từ " << options.file << "\n";
  return 0;
}

}  // namespace daihoi::cli
