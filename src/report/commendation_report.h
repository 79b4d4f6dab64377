#pragma once
// The commendations after a congress round as a printed list (pdf/party_document.h): "DANH SÁCH
// tập thể, cá nhân được khen thưởng …", collectives then individuals, each with the award, the
// reason and the decision; and the same as an XLSX table in the import columns
// (app::CommendationColumns), so an export can be imported again.

#include <string>
#include <vector>

#include "app/groups.h"
#include "common/date.h"
#include "common/result.h"
#include "org/organization.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// `convening` is the committee commending, `superior` its parent's name (empty at the top),
// `date` the date on the header (the latest decision's when the caller has no other).
pdf::Document CommendationListDocument(const std::vector<app::CommendationRecord>& records,
                                       const org::Organization& convening,
                                       const std::string& superior, const std::string& term,
                                       const std::string& place, Date date);

// The latest decision date of the list; nullopt for an empty list.
std::optional<Date> LatestDecision(const std::vector<app::CommendationRecord>& records);

Result<std::string> CommendationsXlsx(const std::vector<app::CommendationRecord>& records);

}  // namespace daihoi::report
