#pragma once
// A table file (CSV/XLSX, report::ReadTable) whose header names known columns, by their English
// name or a Vietnamese header: the commands that import rows share the matching, the cell
// reading and the way problems are reported (file, row, column, message; exit 2).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "report/table_io.h"

namespace daihoi::cli {

struct TableColumn {
  std::string_view name;                  // English, as errors name it
  std::vector<std::string_view> headers;  // Vietnamese headers accepted (HeaderKey matching)
  bool required = false;
};

struct TableProblem {
  long row = 0;  // 1 is the header; 0 when not about a row
  std::string column;
  std::string message;
};

// The rows of a table by column name. Serial-number and notes columns are skipped; an unknown,
// repeated or missing required column is a problem of row 1.
class ColumnTable {
 public:
  ColumnTable(const app::Table& table, const std::vector<TableColumn>& columns,
              std::vector<TableProblem>& problems);

  size_t size() const { return table_.rows.size(); }
  // Every cell of row i is blank.
  bool Blank(size_t i) const;
  // The file's row number of row i (for messages).
  long Line(size_t i) const;
  // The normalized cell of row i in the column; "" when the column is absent.
  std::string Cell(size_t i, std::string_view column) const;

 private:
  const app::Table& table_;
  std::map<std::string_view, size_t> cell_of_;
};

// Prints each problem as "FILE, row R, column C: message" in row order, then the summary that
// nothing was imported; returns exit code 2.
int ReportTableProblems(const std::string& path, std::vector<TableProblem> problems);

}  // namespace daihoi::cli
