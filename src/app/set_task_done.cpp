// Use case: a subcommittee's task marked done on a date, or open again (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status SetTaskDone(Store& store, const Actor& actor, const CongressRef& congress, int64_t task_id,
                   bool done, Date on) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(store, actor,
                       {"subcommittee.task_done", congress.org_code,
                        ChangeText({{"term", congress.term},
                                    {"task", std::to_string(task_id)},
                                    {"done", done ? "1" : "0"}})},
                       [&]() -> Status {
                         auto task = groups_detail::TaskOf(store, congress, task_id);
                         if (!task.ok()) return task.error();
                         auto changed = GroupsOf(store).SetTaskDone(
                             task_id, done, done ? std::optional<Date>(on) : std::nullopt);
                         if (!changed.ok()) return changed.error();
                         return {};
                       });
}

}  // namespace daihoi::app
