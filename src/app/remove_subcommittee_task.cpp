// Use case: remove a subcommittee's task (app/groups.h).
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveSubcommitteeTask(Store& store, const CongressRef& congress, int64_t task_id) {
  auto task = groups_detail::TaskOf(store, congress, task_id);
  if (!task.ok()) return task.error();
  auto removed = GroupsOf(store).RemoveTask(task_id);
  if (!removed.ok()) return removed.error();
  return {};
}

}  // namespace daihoi::app
