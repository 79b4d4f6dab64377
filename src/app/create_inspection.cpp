// Use case: a new inspection round of a committee (app/inspections.h).
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {

Result<int64_t> CreateInspection(Store& store, const InspectionInput& input) {
  if (input.org_code.empty()) {
    return InvalidInput("thiếu mã tổ chức đảng tiến hành kiểm tra (organization required)",
                        "org_code");
  }
  if (input.term.empty()) return InvalidInput("thiếu nhiệm kỳ (term required)", "term");
  auto record = inspection_detail::RecordOf(input);
  if (!record.ok()) return record.error();
  auto organization = store.FindOrganization(input.org_code);
  if (!organization.ok()) return organization.error();
  if (!*organization) {
    Error error = NotFound("không có tổ chức đảng '" + input.org_code + "' (unknown organization)");
    error.field = "org_code";
    return error;
  }
  return InspectionsOf(store).CreateInspection(*record);
}

}  // namespace daihoi::app
