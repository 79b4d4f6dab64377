// `daihoi nomination list --election ID [--json]`: the nominations with their statuses, what
// keeps the list from being final, and the structure against the targets.
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/nomination_text.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunNominationList(const Context& ctx, int64_t election_id) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  return PrintNominations(ctx, NominationPortsOf(**store), election_id);
}

}  // namespace daihoi::cli
