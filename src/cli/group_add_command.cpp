// `daihoi group add --congress CODE --term T --kind working|guidance [--name N] [--note N]`.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunGroupAdd(const Context& ctx, const GroupOptions& options) {
  auto kind = teams::ParseGroupKind(options.kind);
  if (!kind) {
    return Fail(
        InvalidInput("--kind phải là working (tổ công tác) hoặc guidance (tổ chỉ đạo)", "--kind"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto id = app::AddWorkingGroup(**store, CommandLineActor(), congress,
                                 {*kind, options.name, options.note});
  if (!id) return Fail(GroupOptionError(id.error()));
  if (!ctx.json) std::cout << "Đã thêm tổ số " << *id << "\n\n";
  return PrintWorkingGroups(ctx, **store, congress);
}

}  // namespace daihoi::cli
