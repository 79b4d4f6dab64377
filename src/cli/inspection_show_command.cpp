// `daihoi inspection show ID [--json]`: teams, units, schedule, findings and what no longer fits.
#include "app/inspections.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/inspection_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunInspectionShow(const Context& ctx, int64_t id) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::ShowInspection(**store, CommandLineActor(), id);
  if (!view) return Fail(view.error());
  return PrintInspection(ctx, *view);
}

}  // namespace daihoi::cli
