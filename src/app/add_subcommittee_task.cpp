// Use case: a task of a subcommittee, with its due date (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"
#include "text/text.h"

namespace daihoi::app {

Result<int64_t> AddSubcommitteeTask(Store& store, const Actor& actor, const CongressRef& congress,
                                    int64_t subcommittee_id, const NewTask& task) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      store, actor,
      {"subcommittee.task_add", congress.org_code,
       ChangeText({{"term", congress.term}, {"subcommittee", std::to_string(subcommittee_id)}})},
      [&]() -> Result<int64_t> {
        auto found = groups_detail::SubcommitteeOf(store, congress, subcommittee_id);
        if (!found.ok()) return found.error();
        SubcommitteeTaskRecord record;
        record.subcommittee_id = subcommittee_id;
        record.title = text::Normalize(task.title);
        record.owner = text::Normalize(task.owner);
        record.due = task.due;
        if (record.title.empty()) return InvalidInput("thiếu nội dung công việc", "title");
        return GroupsOf(store).AddTask(record);
      });
}

}  // namespace daihoi::app
