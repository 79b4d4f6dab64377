// `daihoi result approve --congress CODE --term T --decision TEXT --date DATE [--note TEXT]`:
// the superior committee's approval of a congress's results (R-APPROVAL).
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/result_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunResultApprove(const Context& ctx, const ResultApproveOptions& options) {
  app::ApprovalRequest request;
  request.decision = options.decision;
  request.note = options.note;
  request.approved_by = options.approved_by;
  request.approved_on = Date::Parse(options.date);
  if (!request.approved_on) {
    return Fail(InvalidInput("không phải ngày: '" + options.date + "' (YYYY-MM-DD or DD/MM/YYYY)",
                             "--date"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto approval =
      app::ApproveResults(**store, CommandLineActor(), {options.congress, options.term}, request);
  if (!approval) return Fail(approval.error());
  return PrintApproval(ctx, *approval);
}

}  // namespace daihoi::cli
