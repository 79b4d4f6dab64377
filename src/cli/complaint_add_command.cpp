// `daihoi complaint add --congress C --term T --member ID --received D --summary …
// [--source anonymous_letter] [--assigned-to …]`.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunComplaintAdd(const Context& ctx, const PersonnelOptions& options) {
  auto received = DateOption(options.received, "--received");
  if (!received) return Fail(received.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  app::ComplaintRequest request;
  request.org_code = options.congress;
  request.term = options.term;
  request.member_id = options.member;
  request.received_on = received->value_or(Today());
  request.source =
      personnel::ParseComplaintSource(options.source).value_or(personnel::ComplaintSource::kOther);
  request.summary = options.summary;
  request.assigned_to = options.assigned_to;
  auto id = app::AddComplaint(**store, CommandLineActor(), request);
  if (!id) return Fail(PersonnelOptionError(id.error()));
  std::cout << "Đã tiếp nhận đơn thư số " << *id << " (" << personnel::Label(request.source)
            << ") về đảng viên " << options.member << "\n";
  return 0;
}

}  // namespace daihoi::cli
