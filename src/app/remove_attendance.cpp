// Use case: a member no longer attends a unit's congress (app/groups.h).
#include <algorithm>

#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveAttendance(Store& store, const CongressRef& congress, int64_t group_id,
                        int64_t attendance_id) {
  auto group = groups_detail::GroupOf(store, congress, group_id);
  if (!group.ok()) return group.error();
  if (std::none_of(group->attendances.begin(), group->attendances.end(),
                   [&](const AttendanceRecord& a) { return a.id == attendance_id; })) {
    Error error = NotFound("tổ không có phân công dự đại hội số " + std::to_string(attendance_id));
    error.field = "attendance_id";
    return error;
  }
  auto removed = GroupsOf(store).RemoveAttendance(attendance_id);
  if (!removed.ok()) return removed.error();
  return {};
}

}  // namespace daihoi::app
