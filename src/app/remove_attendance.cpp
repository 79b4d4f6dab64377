// Use case: a member no longer attends a unit's congress (app/groups.h).
#include <algorithm>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveAttendance(Store& store, const Actor& actor, const CongressRef& congress,
                        int64_t group_id, int64_t attendance_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"group.attendance_remove", congress.org_code,
       ChangeText({{"term", congress.term},
                   {"group", std::to_string(group_id)},
                   {"attendance", std::to_string(attendance_id)}})},
      [&]() -> Status {
        auto group = groups_detail::GroupOf(store, congress, group_id);
        if (!group.ok()) return group.error();
        if (std::none_of(group->attendances.begin(), group->attendances.end(),
                         [&](const AttendanceRecord& a) { return a.id == attendance_id; })) {
          Error error =
              NotFound("tổ không có phân công dự đại hội số " + std::to_string(attendance_id));
          error.field = "attendance_id";
          return error;
        }
        auto removed = GroupsOf(store).RemoveAttendance(attendance_id);
        if (!removed.ok()) return removed.error();
        return {};
      });
}

}  // namespace daihoi::app
