// `daihoi inspection assign ID`: the automatic assignment of teams and dates, saved.
#include <iostream>

#include "app/inspections.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/inspection_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunInspectionAssign(const Context& ctx, int64_t id) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::AssignInspectionTeams(**store, CommandLineActor(), id);
  if (!view) return Fail(view.error());
  if (!ctx.json) std::cout << "Đã phân công tự động.\n\n";
  return PrintInspection(ctx, *view);
}

}  // namespace daihoi::cli
