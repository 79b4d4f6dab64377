// Use case: remove a group with its members, assignments and attendances (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveWorkingGroup(Store& store, const Actor& actor, const CongressRef& congress,
                          int64_t group_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(store, actor,
                       {"group.remove", congress.org_code,
                        ChangeText({{"term", congress.term}, {"group", std::to_string(group_id)}})},
                       [&]() -> Status {
                         auto group = groups_detail::GroupOf(store, congress, group_id);
                         if (!group.ok()) return group.error();
                         auto removed = GroupsOf(store).RemoveWorkingGroup(group_id);
                         if (!removed.ok()) return removed.error();
                         return {};
                       });
}

}  // namespace daihoi::app
