// `daihoi result show --congress CODE --term T [--json]`: a congress's bodies, elections,
// approval and delegation sent up.
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/result_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunResultShow(const Context& ctx, const std::string& congress, const std::string& term) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto results = app::ShowResults(CountingPortsOf(**store), CommandLineActor(), {congress, term});
  if (!results) return Fail(results.error());
  return PrintResults(ctx, *results);
}

}  // namespace daihoi::cli
