// `daihoi result apply --election ID [--accept-unfilled]`: applies a finished election's result
// to the organization's bodies, or a delegates election's to the parent congress's roll.
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/result_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunResultApply(const Context& ctx, int64_t election_id, bool accept_unfilled) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto applied =
      app::ApplyResult(CountingPortsOf(**store), CommandLineActor(), election_id, accept_unfilled);
  if (!applied) return Fail(applied.error());
  return PrintApplied(ctx, *applied);
}

}  // namespace daihoi::cli
