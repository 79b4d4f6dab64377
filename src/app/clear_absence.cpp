// Use case: remove an absence recorded by mistake.
#include "app/roll.h"
#include "app/roll_common.h"

namespace daihoi::app {

Status ClearAbsence(Store& store, const CongressRef& congress, const std::string& person,
                    int session) {
  auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/false);
  if (!loaded.ok()) return loaded.error();
  auto removed = store.RemoveAbsence(congress.org_code, congress.term, person, session);
  if (!removed.ok()) return removed.error();
  if (!*removed) {
    Error error = NotFound("không có vắng mặt của '" + person + "' ở phiên " +
                           std::to_string(session) + " (unknown absence)");
    error.field = "id";
    return error;
  }
  return {};
}

}  // namespace daihoi::app
