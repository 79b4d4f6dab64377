#pragma once
// Export use case: the rows of one kind, as text cells in Columns(kind) order, exactly as
// ImportTable reads them back (CONTRACTS.md: "An export can be imported again unchanged").
// Adapters format them (report/ for CSV and XLSX, the CLI for JSON).

#include <functional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/columns.h"
#include "app/import.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

using RowSink = std::function<Status(const std::vector<std::string>& cells)>;

// Streams every row of `kind` in the subtree of `root` (everything when empty): organizations
// parents first, members in id order, congresses by organization code then term. A `root`
// that does not exist is kNotFound; an error from `sink` stops the export and is returned.
Status ExportRows(Store& store, const Actor& actor, ImportKind kind, const std::string& root,
                  const RowSink& sink);

// The same rows collected in a Table with the English header (for small exports and tests).
Result<Table> ExportTable(Store& store, const Actor& actor, ImportKind kind,
                          const std::string& root);

// One value as exported: dates ISO, empty when absent.
std::vector<std::string> ToCells(const org::Organization& o);
std::vector<std::string> ToCells(const org::Member& m);
std::vector<std::string> ToCells(const planning::Congress& c);

}  // namespace daihoi::app
