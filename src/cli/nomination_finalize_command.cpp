// `daihoi nomination finalize --election ID`: the final list written as the election's
// candidates; exit 1 with the reasons while a poll or withdrawal vote is pending or R-SURPLUS
// fails. Then `daihoi election lock ID`.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/nomination_text.h"
#include "cli/user_common.h"
#include "json/nomination_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunNominationFinalize(const Context& ctx, int64_t election_id) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::NominationPorts ports = NominationPortsOf(**store);
  auto view = app::FinalizeList(ports, CommandLineActor(), election_id);
  if (!view) return Fail(NominationOptionError(view.error()));
  if (ctx.json) {
    std::cout << json::NominationsViewToJson(*view).dump(2) << "\n";
  } else {
    std::cout << "Đã chốt danh sách bầu cử: " << view->review.final_list.size()
              << " người là ứng cử viên của cuộc bầu cử số " << election_id
              << ". Khóa danh sách để in phiếu: daihoi election lock " << election_id << "\n\n"
              << NominationsText(*view);
  }
  return 0;
}

}  // namespace daihoi::cli
