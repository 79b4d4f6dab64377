// `daihoi subcommittee task --congress CODE --term T --subcommittee ID --title T [--owner O]
// [--due DATE]`: a task with its due date.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSubcommitteeTask(const Context& ctx, const GroupOptions& options) {
  auto due = DateOption(options.due, "--due");
  if (!due) return Fail(due.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto id = app::AddSubcommitteeTask(**store, CommandLineActor(), congress, options.subcommittee,
                                     {options.title, options.owner, *due});
  if (!id) return Fail(GroupOptionError(id.error()));
  if (!ctx.json) std::cout << "Đã thêm công việc số " << *id << "\n\n";
  return PrintSubcommittees(ctx, **store, congress, Today());
}

}  // namespace daihoi::cli
