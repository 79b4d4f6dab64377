// `daihoi election show ID [--json]`: an election with its list and rounds.
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunElectionShow(const Context& ctx, int64_t election_id) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  return PrintElection(ctx, CountingPortsOf(**store), election_id);
}

}  // namespace daihoi::cli
