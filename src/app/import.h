#pragma once
// Import use cases: a whole table is validated before anything is written; then one transaction
// writes every row, or nothing is written (DESIGN.md, data flow).

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

enum class ImportKind { kOrgs, kMembers, kCongresses };

// A file as read by report/ (CSV or XLSX): header cells and data rows, as text.
struct Table {
  std::string file;  // name shown in messages
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  // The file row where each entry of `rows` starts (a CSV record may span lines). Empty means
  // the header is row 1 and rows[i] is row i + 2, as in a spreadsheet.
  std::vector<long> row_numbers;
};

// One problem, located: `row` is the line in the file (the header is row 1), `column` the
// English column name.
struct RowError {
  long row = 0;
  std::string column;
  std::string message;
};

struct ImportReport {
  ImportKind kind = ImportKind::kOrgs;
  std::string file;
  int64_t rows = 0;
  int64_t inserted = 0;
  int64_t updated = 0;
  bool written = false;          // false on a dry run or when errors were found
  std::vector<RowError> errors;  // every problem found, up to a cap
};

struct ImportOptions {
  bool dry_run = false;  // validate and report; write nothing
  // Called now and then with rows done and the total, for a progress bar.
  std::function<void(int64_t done, int64_t total)> progress;
};

// Validates the whole table against the store and the contract columns (English or Vietnamese
// headers), then writes it in one transaction unless dry_run or any error was found. Returns an
// Error only for a storage failure or an unreadable header; row problems are in the report.
Result<ImportReport> ImportTable(Store& store, const Actor& actor, ImportKind kind,
                                 const Table& table, const ImportOptions& options);

}  // namespace daihoi::app
