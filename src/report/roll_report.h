#pragma once
// The roll of a delegates' congress as a printed list (pdf/party_document.h): "DANH SÁCH ĐẠI BIỂU
// CHÍNH THỨC DỰ ĐẠI HỘI …", the convened delegates in Vietnamese name order (R-ORDER) with their
// delegation, and the convened count (R-THRESHOLD) at the foot; and the same as an XLSX table.

#include <string>

#include "app/roll.h"
#include "common/result.h"
#include "org/organization.h"
#include "report/pdf/party_document.h"

namespace daihoi::report {

// `convening` is the organization holding the congress, `superior` its parent's name (empty at
// the top), `place` the place on the date line; the date is the congress's opening.
pdf::Document DelegateListDocument(const app::RollView& view, const org::Organization& convening,
                                   const std::string& superior, const std::string& place);

// The workbook's bytes: every person on the roll with role, delegation, credential result and
// attendance, in R-ORDER.
Result<std::string> RollXlsx(const app::RollView& view, const std::string& org_name);

}  // namespace daihoi::report
