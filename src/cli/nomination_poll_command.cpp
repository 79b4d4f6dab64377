// `daihoi nomination poll ID --present N --agree N [--convened N]`: the floor gate of a floor or
// self nomination (R-FLOOR-GATE: the secret nomination poll, or the show of hands of party-2014).
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/nomination_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunNominationPoll(const Context& ctx, int64_t nomination_id, const VoteOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::NominationPorts ports = NominationPortsOf(**store);
  app::VoteCount vote{options.convened, options.present, options.in_favour};
  if (Status s = app::RecordNominationPoll(ports, CommandLineActor(), nomination_id, vote); !s) {
    return Fail(NominationOptionError(s.error()));
  }
  auto nomination = ports.nominations.FindNomination(nomination_id);
  if (!nomination || !*nomination) return Fail(Error(ErrorCode::kInternal, "nomination vanished"));
  if (!ctx.json) std::cout << "Đã ghi kết quả lấy phiếu giới thiệu.\n\n";
  return PrintNominations(ctx, ports, (*nomination)->election_id);
}

}  // namespace daihoi::cli
