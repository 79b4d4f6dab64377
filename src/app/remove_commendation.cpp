// Use case: remove a commendation recorded by mistake (app/groups.h).
#include <algorithm>

#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveCommendation(Store& store, const CongressRef& congress, int64_t commendation_id) {
  auto records = ListCommendations(store, congress);
  if (!records.ok()) return records.error();
  if (std::none_of(records->begin(), records->end(), [&](const CommendationRecord& record) {
        return record.id == commendation_id;
      })) {
    Error error = NotFound("không có khen thưởng số " + std::to_string(commendation_id));
    error.field = "commendation_id";
    return error;
  }
  auto removed = GroupsOf(store).RemoveCommendation(commendation_id);
  if (!removed.ok()) return removed.error();
  return {};
}

}  // namespace daihoi::app
