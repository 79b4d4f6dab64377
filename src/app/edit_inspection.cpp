// Use case: change an inspection's title, window and rules (app/inspections.h).
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {

Status EditInspection(Store& store, int64_t id, const InspectionInput& input) {
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
}

}  // namespace daihoi::app
