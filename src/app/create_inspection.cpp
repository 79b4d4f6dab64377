// Use case: a new inspection round of a committee (app/inspections.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {

Result<int64_t> CreateInspection(Store& store, const Actor& actor, const InspectionInput& input) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kPlan, input.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      store, actor, {"inspection.create", input.org_code, ChangeText({{"term", input.term}})},
      [&]() -> Result<int64_t> {
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
          Error error =
              NotFound("không có tổ chức đảng '" + input.org_code + "' (unknown organization)");
          error.field = "org_code";
          return error;
        }
        return InspectionsOf(store).CreateInspection(*record);
      });
}

}  // namespace daihoi::app
