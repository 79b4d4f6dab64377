// Use case: change an inspection's title, window and rules (app/inspections.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {

Status EditInspection(Store& store, const Actor& actor, int64_t id, const InspectionInput& input) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeInspection(store, actor, access::Action::kPlan, id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor, {"inspection.edit", *allowed, ChangeText({{"inspection", std::to_string(id)}})},
      [&]() -> Status {
        auto loaded = InspectionsOf(store).FindInspection(id);
        if (!loaded.ok()) return loaded.error();
        if (!*loaded) {
          Error error =
              NotFound("không có đợt kiểm tra số " + std::to_string(id) + " (unknown inspection)");
          error.field = "id";
          return error;
        }
        auto record = inspection_detail::RecordOf(input);
        if (!record.ok()) return record.error();
        record->id = id;
        return InspectionsOf(store).UpdateInspection(*record);
      });
}

}  // namespace daihoi::app
