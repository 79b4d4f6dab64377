// `daihoi count close ROUND [--issued N] [--convened N]`: closes the round once every ballot is
// agreed (exit 2 naming the ballots otherwise), freezing the roll's convened count (R-THRESHOLD;
// --convened only for a congress without a roll), and prints the final count.
#include <iostream>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCountClose(const Context& ctx, int64_t round_id, std::optional<int64_t> issued,
                  std::optional<int64_t> convened) {
  app::CloseRequest request;
  request.issued = issued;
  request.convened = convened;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::CloseRound(CountingPortsOf(**store), CommandLineActor(), round_id, request);
  if (!view) return Fail(CountOptionError(view.error()));
  if (!ctx.json) std::cout << "Đã kết thúc vòng bầu.\n\n";
  return PrintCount(ctx, *view);
}

}  // namespace daihoi::cli
