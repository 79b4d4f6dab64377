// `daihoi count show ROUND [--json]`: a round's count as it stands — agreed, pending, the
// disagreements with every clerk's version, and the votes of the agreed ballots so far.
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCountShow(const Context& ctx, int64_t round_id) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::ShowCount(CountingPortsOf(**store), CommandLineActor(), round_id);
  if (!view) return Fail(CountOptionError(view.error()));
  return PrintCount(ctx, *view);
}

}  // namespace daihoi::cli
