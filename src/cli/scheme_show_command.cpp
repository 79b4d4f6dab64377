// `daihoi scheme show --congress C --term T [--version N] [--json]`: the scheme, its workflow,
// nominees and statistics against the targets and the outgoing committee.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSchemeShow(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  return PrintScheme(ctx, **store, options);
}

}  // namespace daihoi::cli
