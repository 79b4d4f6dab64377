// Use case: a group no longer guides a unit's congress; its attendances there go too
// (app/groups.h).
#include <algorithm>

#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status UnassignGroup(Store& store, const CongressRef& congress, int64_t group_id,
                     int64_t assignment_id) {
  auto group = groups_detail::GroupOf(store, congress, group_id);
  if (!group.ok()) return group.error();
  if (std::none_of(group->assignments.begin(), group->assignments.end(),
                   [&](const GroupAssignmentRecord& a) { return a.id == assignment_id; })) {
    Error error = NotFound("tổ không được phân công đơn vị số " + std::to_string(assignment_id));
    error.field = "assignment_id";
    return error;
  }
  auto removed = GroupsOf(store).RemoveAssignment(assignment_id);
  if (!removed.ok()) return removed.error();
  return {};
}

}  // namespace daihoi::app
