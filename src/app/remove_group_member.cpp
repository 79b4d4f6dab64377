// Use case: a person leaves a group, with their attendances (app/groups.h).
#include <algorithm>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveGroupMember(Store& store, const Actor& actor, const CongressRef& congress,
                         int64_t group_id, int64_t group_member_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"group.member_remove", congress.org_code,
       ChangeText({{"term", congress.term},
                   {"group", std::to_string(group_id)},
                   {"member", std::to_string(group_member_id)}})},
      [&]() -> Status {
        auto group = groups_detail::GroupOf(store, congress, group_id);
        if (!group.ok()) return group.error();
        if (std::none_of(group->members.begin(), group->members.end(),
                         [&](const GroupMemberRecord& m) { return m.id == group_member_id; })) {
          Error error = NotFound("tổ không có thành viên số " + std::to_string(group_member_id));
          error.field = "member_id";
          return error;
        }
        auto removed = GroupsOf(store).RemoveGroupMember(group_member_id);
        if (!removed.ok()) return removed.error();
        return {};
      });
}

}  // namespace daihoi::app
