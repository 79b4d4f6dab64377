// `daihoi complaint conclude ID --conclusion … [--on D]`.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunComplaintConclude(const Context& ctx, const PersonnelOptions& options) {
  auto on = DateOption(options.on, "--on");
  if (!on) return Fail(on.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  if (Status s = app::ConcludeComplaint(**store, CommandLineActor(), options.id, options.conclusion,
                                        on->value_or(Today()));
      !s) {
    return Fail(PersonnelOptionError(s.error()));
  }
  std::cout << "Đã kết luận đơn thư số " << options.id << "\n";
  return 0;
}

}  // namespace daihoi::cli
