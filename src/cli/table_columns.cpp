#include "cli/table_columns.h"

#include <algorithm>
#include <iostream>
#include <optional>

#include "app/columns.h"
#include "text/text.h"

namespace daihoi::cli {

ColumnTable::ColumnTable(const app::Table& table, const std::vector<TableColumn>& columns,
                         std::vector<TableProblem>& problems)
    : table_(table) {
  for (size_t cell = 0; cell < table.header.size(); ++cell) {
    const std::string key = app::HeaderKey(text::Normalize(table.header[cell]));
    if (key.empty() || key == "stt" || key == "tt" || key == "ghi chu" || key == "note") continue;
    std::optional<std::string_view> found;
    for (const TableColumn& column : columns) {
      if (key == app::HeaderKey(column.name)) found = column.name;
      for (std::string_view header : column.headers) {
        if (key == app::HeaderKey(header)) found = column.name;
      }
    }
    if (!found) {
      problems.push_back({1, table.header[cell],
                          "cột không xác định (unknown column) '" + table.header[cell] + "'"});
    } else if (!cell_of_.emplace(*found, cell).second) {
      problems.push_back({1, std::string(*found), "cột bị lặp (column given twice)"});
    }
  }
  for (const TableColumn& column : columns) {
    if (column.required && !cell_of_.contains(column.name)) {
      problems.push_back(
          {1, std::string(column.name), "thiếu cột bắt buộc (missing required column)"});
    }
  }
}

bool ColumnTable::Blank(size_t i) const {
  const auto& cells = table_.rows[i];
  return std::all_of(cells.begin(), cells.end(),
                     [](const std::string& c) { return text::Normalize(c).empty(); });
}

long ColumnTable::Line(size_t i) const {
  return i < table_.row_numbers.size() ? table_.row_numbers[i] : static_cast<long>(i) + 2;
}

std::string ColumnTable::Cell(size_t i, std::string_view column) const {
  const auto& cells = table_.rows[i];
  auto it = cell_of_.find(column);
  if (it == cell_of_.end() || it->second >= cells.size()) return {};
  return text::Normalize(cells[it->second]);
}

int ReportTableProblems(const std::string& path, std::vector<TableProblem> problems) {
  std::stable_sort(problems.begin(), problems.end(),
                   [](const TableProblem& a, const TableProblem& b) { return a.row < b.row; });
  for (const TableProblem& problem : problems) {
    std::cerr << path;
    if (problem.row > 0) std::cerr << ", row " << problem.row;
    if (!problem.column.empty()) std::cerr << ", column " << problem.column;
    std::cerr << ": " << problem.message << "\n";
  }
  std::cerr << "daihoi: không nhập gì cả (nothing imported): " << problems.size()
            << " lỗi (errors)\n";
  return 2;
}

}  // namespace daihoi::cli
