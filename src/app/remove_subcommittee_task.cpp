// Use case: remove a subcommittee's task (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveSubcommitteeTask(Store& store, const Actor& actor, const CongressRef& congress,
                              int64_t task_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(store, actor,
                       {"subcommittee.task_remove", congress.org_code,
                        ChangeText({{"term", congress.term}, {"task", std::to_string(task_id)}})},
                       [&]() -> Status {
                         auto task = groups_detail::TaskOf(store, congress, task_id);
                         if (!task.ok()) return task.error();
                         auto removed = GroupsOf(store).RemoveTask(task_id);
                         if (!removed.ok()) return removed.error();
                         return {};
                       });
}

}  // namespace daihoi::app
