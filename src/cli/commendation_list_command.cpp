// `daihoi commendation list --congress CODE --term T`: collectives, then individuals.
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommendationList(const Context& ctx, const GroupOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  return PrintCommendations(ctx, **store, {options.congress, options.term});
}

}  // namespace daihoi::cli
