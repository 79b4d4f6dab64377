#pragma once
// An allocation of delegate seats (R-ALLOCATION) as files to hand out: an XLSX table and the
// printed Party document (pdf/party_document.h): the convening committee's header, the title
// "PHÂN BỔ ĐẠI BIỂU ĐẠI HỘI …", and one row per unit with its full members, quota and seats.

#include <string>

#include "app/allocation.h"
#include "common/result.h"
#include "org/organization.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// Vietnamese name of a method: "Số dư lớn nhất (hạn ngạch Hare)", "D'Hondt", …
std::string MethodName(const std::string& method);

// The workbook's bytes (written through a temporary file, removed before returning).
Result<std::string> AllocationXlsx(const app::AllocationView& view, const std::string& org_name);

// The document: `convening` is the organization whose committee convenes the congress,
// `superior` its parent's name (empty at the top), `place` the place on the date line.
pdf::Document AllocationDocument(const app::AllocationView& view,
                                 const org::Organization& convening, const std::string& superior,
                                 const std::string& place);

}  // namespace daihoi::report
