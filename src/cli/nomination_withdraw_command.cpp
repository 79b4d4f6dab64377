// `daihoi nomination withdraw ID [--reason TEXT]`: a withdrawal request (R-WITHDRAW);
// `daihoi nomination withdraw ID --present N --in-favour N [--convened N]`: the congress's show
// of hands on it (R-SHOW-OF-HANDS: more than half of the convened).
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/nomination_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunNominationWithdraw(const Context& ctx, int64_t nomination_id, const std::string& reason,
                          const std::optional<VoteOptions>& vote) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::NominationPorts ports = NominationPortsOf(**store);
  if (vote) {
    app::VoteCount counted{vote->convened, vote->present, vote->in_favour};
    if (Status s = app::RecordWithdrawalVote(ports, CommandLineActor(), nomination_id, counted);
        !s) {
      Error error = NominationOptionError(s.error());
      if (error.field == "--agree") error.field = "--in-favour";
      return Fail(error);
    }
    if (!ctx.json) std::cout << "Đã ghi kết quả biểu quyết việc xin rút.\n\n";
  } else {
    if (Status s = app::RequestWithdrawal(ports, CommandLineActor(), nomination_id, reason); !s) {
      return Fail(NominationOptionError(s.error()));
    }
    if (!ctx.json) {
      std::cout << "Đã ghi đơn xin rút; đại hội biểu quyết trước khi chốt danh sách.\n\n";
    }
  }
  auto nomination = ports.nominations.FindNomination(nomination_id);
  if (!nomination || !*nomination) return Fail(Error(ErrorCode::kInternal, "nomination vanished"));
  return PrintNominations(ctx, ports, (*nomination)->election_id);
}

}  // namespace daihoi::cli
