#pragma once
// What the `daihoi rating|movement|admission|communication` commands share
// (docs/party-building.md): options, the store, reading a table file's rows into a batch and
// printing the batch's problems by file, row and column, writing report files.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/party_building.h"
#include "cli/commands.h"
#include "cli/groups_text.h"  // DateOption
#include "cli/table_columns.h"
#include "common/result.h"
#include "report/party_building_report.h"

namespace daihoi::cli {

// --year, --from/--to, --as-of as values; kInvalidInput naming the option.
Result<std::optional<int>> YearOption(const std::string& text);

// Problems of a batch (app::BatchReport) located at the file's rows (`lines[index]`), or at
// the option/JSON path when there is no file; returns the exit code: 2 with problems, else 0.
int ReportBatch(const std::string& file, const std::vector<long>& lines,
                const app::BatchReport& report, const std::string& noun);

// The issuer of a report on the root: its name, its parent's name, the place (--place, else the
// root's) and the date.
Result<report::ReportIssuer> IssuerOf(app::Store& store, const std::string& root,
                                      const std::optional<std::string>& place, Date date);

// Writes bytes to a file, or to stdout for "-".
Status WriteOutput(const std::string& path, const std::string& bytes);

// Renders the document to PDF and writes it.
Status WritePdf(const std::string& path, const report::pdf::Document& document);

}  // namespace daihoi::cli
