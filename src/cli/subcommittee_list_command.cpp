// `daihoi subcommittee list --congress CODE --term T [--as-of DATE]`: the subcommittees with
// members and tasks, overdue as of the date (today by default).
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSubcommitteeList(const Context& ctx, const GroupOptions& options) {
  auto as_of = DateOption(options.as_of, "--as-of");
  if (!as_of) return Fail(as_of.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  return PrintSubcommittees(ctx, **store, {options.congress, options.term},
                            as_of->value_or(Today()));
}

}  // namespace daihoi::cli
