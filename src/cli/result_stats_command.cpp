// `daihoi result stats --root CODE --term T [--as-of DATE] [--json]`: the new committees'
// statistics rolled up per level over a subtree (R-STRUCTURE).
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/result_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunResultStats(const Context& ctx, const std::string& root, const std::string& term,
                   const std::string& as_of) {
  app::CommitteeStatsRequest request;
  request.root = root;
  request.term = term;
  if (!as_of.empty()) {
    request.as_of = Date::Parse(as_of);
    if (!request.as_of) return Fail(InvalidInput("không phải ngày: '" + as_of + "'", "--as-of"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto stats = app::ComputeCommitteeStats(**store, CommandLineActor(), request);
  if (!stats) return Fail(stats.error());
  return PrintCommitteeStats(ctx, *stats);
}

}  // namespace daihoi::cli
