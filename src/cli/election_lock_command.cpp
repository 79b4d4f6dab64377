// `daihoi election lock ID`: the list checked against the profile (R-SURPLUS: exit 1 when it
// breaks it), stored in ballot order (R-ORDER), its digest fixed and round 1 opened.
#include <iostream>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunElectionLock(const Context& ctx, int64_t election_id) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CountingPorts ports = CountingPortsOf(**store);
  auto locked = app::LockList(ports, CommandLineActor(), election_id);
  if (!locked) return Fail(CountOptionError(locked.error()));
  if (!ctx.json) {
    std::cout << "Đã khóa danh sách bầu cử theo thứ tự in trên phiếu; vòng bầu thứ 1 đã mở.\n\n";
  }
  return PrintElection(ctx, ports, election_id);
}

}  // namespace daihoi::cli
