// `daihoi roll show --congress CODE --term T [--json]`: the roll of a stored congress.
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/roll_text.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunRollShow(const Context& ctx, const std::string& congress, const std::string& term) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  return PrintRoll(ctx, **store, {congress, term});
}

}  // namespace daihoi::cli
