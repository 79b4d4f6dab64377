// Use case: a group no longer guides a unit's congress; its attendances there go too
// (app/groups.h).
#include <algorithm>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status UnassignGroup(Store& store, const Actor& actor, const CongressRef& congress,
                     int64_t group_id, int64_t assignment_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"group.unassign", congress.org_code,
       ChangeText({{"term", congress.term},
                   {"group", std::to_string(group_id)},
                   {"assignment", std::to_string(assignment_id)}})},
      [&]() -> Status {
        auto group = groups_detail::GroupOf(store, congress, group_id);
        if (!group.ok()) return group.error();
        if (std::none_of(group->assignments.begin(), group->assignments.end(),
                         [&](const GroupAssignmentRecord& a) { return a.id == assignment_id; })) {
          Error error =
              NotFound("tổ không được phân công đơn vị số " + std::to_string(assignment_id));
          error.field = "assignment_id";
          return error;
        }
        auto removed = GroupsOf(store).RemoveAssignment(assignment_id);
        if (!removed.ok()) return removed.error();
        return {};
      });
}

}  // namespace daihoi::app
