#pragma once
// The progress of a congress round as an XLSX workbook (the dashboard's download): one row per
// level of the root's subtree, then one per level of each child's subtree, then the overdue
// congresses, with the figures of `daihoi progress` (CONTRACTS.md "Data").

#include <string>
#include <vector>

#include "common/result.h"
#include "org/organization.h"
#include "planning/progress.h"

namespace daihoi::report {

// The workbook's bytes. Written through a temporary file (libxlsxwriter writes files), removed
// before returning. kStorage when the file cannot be written.
Result<std::string> ProgressXlsx(const planning::Progress& progress, const std::string& root_name,
                                 const std::vector<org::Level>& levels);

}  // namespace daihoi::report
