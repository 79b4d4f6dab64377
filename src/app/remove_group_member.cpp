// Use case: a person leaves a group, with their attendances (app/groups.h).
#include <algorithm>

#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveGroupMember(Store& store, const CongressRef& congress, int64_t group_id,
                         int64_t group_member_id) {
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
}

}  // namespace daihoi::app
