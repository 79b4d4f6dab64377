#pragma once
// Tables in files: CSV (RFC 4180) and XLSX (Office Open XML spreadsheets) read into an
// app::Table for the import use cases, and written from export rows.
//
// Reading: ReadTable() picks the format by content (an XLSX file is a zip: "PK\3\4"), never by
// the file name. Errors are kInvalidInput with `file` set to the file name.

#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "app/columns.h"
#include "app/import.h"
#include "common/result.h"

namespace daihoi::report {

Result<app::Table> ReadTable(const std::string& file_name, std::string_view bytes);

// UTF-8 (a BOM is skipped; bytes that are not UTF-8 are read as Windows-1252, which is how
// legacy TCVN3/VNI spreadsheets reach us), quoted fields with embedded delimiters, quotes and
// line breaks, CRLF / LF / CR line ends. The delimiter is ',' unless the header line holds more
// ';' or tabs (spreadsheets set to a Vietnamese locale save with ';').
Result<app::Table> ReadCsv(const std::string& file_name, std::string_view bytes);

// The first worksheet: shared strings, inline strings, numbers (dates stored as serial numbers
// with a date style come out as YYYY-MM-DD), booleans. Row numbers are the sheet's own.
Result<app::Table> ReadXlsx(const std::string& file_name, std::string_view bytes);

// One CSV record, RFC 4180 quoting where needed, ending in "\n".
std::string CsvRecord(const std::vector<std::string>& cells);

// Streams a worksheet to an XLSX file: a bold, frozen header row of the columns' Vietnamese
// headers, column widths, numbers and dates typed per column (dates shown DD/MM/YYYY). Rows are
// written as they come (libxlsxwriter constant-memory mode).
class XlsxWriter {
 public:
  static Result<std::unique_ptr<XlsxWriter>> Open(const std::string& path,
                                                  const std::string& sheet_name,
                                                  const std::vector<app::Column>& columns);
  ~XlsxWriter();
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  // kInvalidInput past the sheet's row limit (1,048,576 rows).
  Status Row(const std::vector<std::string>& cells);
  // Writes the file; nothing is complete before this returns ok.
  Status Close();

 private:
  struct Impl;
  explicit XlsxWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// A whole worksheet written through a temporary file (the format needs a seekable zip) and
// returned as the workbook's bytes; the file is removed before returning.
Result<std::string> XlsxBytes(const std::string& sheet_name,
                              const std::vector<app::Column>& columns,
                              const std::vector<std::vector<std::string>>& rows);

// One sheet of XlsxSheetsBytes: a bold, frozen header row of the columns' names, then the rows.
struct XlsxSheet {
  struct Column {
    std::string name;
    double width;  // in characters
    char kind;     // 'n' digits written as a number, 'w' a text wrapped in the cell, 't' text
  };
  std::string name;
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;
};

// A workbook of several sheets, written and returned as XlsxBytes does.
Result<std::string> XlsxSheetsBytes(const std::vector<XlsxSheet>& sheets);

}  // namespace daihoi::report
