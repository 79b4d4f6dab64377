// `daihoi group assign --congress CODE --term T --group ID --unit CODE [--unit-term T]`: the
// group guides a subordinate unit's congress.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunGroupAssign(const Context& ctx, const GroupOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto id = app::AssignGroup(**store, CommandLineActor(), congress, options.group, options.unit,
                             options.unit_term);
  if (!id) return Fail(GroupOptionError(id.error()));
  if (!ctx.json) std::cout << "Đã phân công tổ theo dõi " << options.unit << "\n\n";
  return PrintWorkingGroups(ctx, **store, congress);
}

}  // namespace daihoi::cli
