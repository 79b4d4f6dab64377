// `daihoi group list --congress CODE --term T`: the working and guidance groups of a committee,
// their members, units with congress dates, attendances and any clash.
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunGroupList(const Context& ctx, const GroupOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  return PrintWorkingGroups(ctx, **store, {options.congress, options.term});
}

}  // namespace daihoi::cli
