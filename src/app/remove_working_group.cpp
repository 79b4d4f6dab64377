// Use case: remove a group with its members, assignments and attendances (app/groups.h).
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveWorkingGroup(Store& store, const CongressRef& congress, int64_t group_id) {
  auto group = groups_detail::GroupOf(store, congress, group_id);
  if (!group.ok()) return group.error();
  auto removed = GroupsOf(store).RemoveWorkingGroup(group_id);
  if (!removed.ok()) return removed.error();
  return {};
}

}  // namespace daihoi::app
