// Use case: a subcommittee's task marked done on a date, or open again (app/groups.h).
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status SetTaskDone(Store& store, const CongressRef& congress, int64_t task_id, bool done, Date on) {
  auto task = groups_detail::TaskOf(store, congress, task_id);
  if (!task.ok()) return task.error();
  auto changed =
      GroupsOf(store).SetTaskDone(task_id, done, done ? std::optional<Date>(on) : std::nullopt);
  if (!changed.ok()) return changed.error();
  return {};
}

}  // namespace daihoi::app
