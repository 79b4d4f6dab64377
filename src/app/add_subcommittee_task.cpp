// Use case: a task of a subcommittee, with its due date (app/groups.h).
#include "app/groups.h"
#include "app/groups_common.h"
#include "text/text.h"

namespace daihoi::app {

Result<int64_t> AddSubcommitteeTask(Store& store, const CongressRef& congress,
                                    int64_t subcommittee_id, const NewTask& task) {
  auto found = groups_detail::SubcommitteeOf(store, congress, subcommittee_id);
  if (!found.ok()) return found.error();
  SubcommitteeTaskRecord record;
  record.subcommittee_id = subcommittee_id;
  record.title = text::Normalize(task.title);
  record.owner = text::Normalize(task.owner);
  record.due = task.due;
  if (record.title.empty()) return InvalidInput("thiếu nội dung công việc", "title");
  return GroupsOf(store).AddTask(record);
}

}  // namespace daihoi::app
