// `daihoi subcommittee done --congress CODE --term T --task ID [--on DATE] [--undo]`: a task
// done on a date (today by default), or open again.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSubcommitteeDone(const Context& ctx, const GroupOptions& options) {
  auto on = DateOption(options.on, "--on");
  if (!on) return Fail(on.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  const Date day = on->value_or(Today());
  if (Status s =
          app::SetTaskDone(**store, CommandLineActor(), congress, options.task, !options.undo, day);
      !s) {
    return Fail(GroupOptionError(s.error()));
  }
  if (!ctx.json) {
    std::cout << (options.undo ? "Đã mở lại công việc số " : "Đã hoàn thành công việc số ")
              << options.task << "\n\n";
  }
  return PrintSubcommittees(ctx, **store, congress, day);
}

}  // namespace daihoi::cli
