// `daihoi subcommittee add --congress CODE --term T --kind documents|personnel|logistics|other
// [--name N]`.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSubcommitteeAdd(const Context& ctx, const GroupOptions& options) {
  auto kind = teams::ParseSubcommitteeKind(options.kind);
  if (!kind) {
    return Fail(
        InvalidInput("--kind phải là documents (văn kiện), personnel (nhân sự), "
                     "logistics (tổ chức phục vụ) hoặc other",
                     "--kind"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto id = app::AddSubcommittee(**store, CommandLineActor(), congress, *kind, options.name);
  if (!id) return Fail(GroupOptionError(id.error()));
  if (!ctx.json) std::cout << "Đã thêm tiểu ban số " << *id << "\n\n";
  return PrintSubcommittees(ctx, **store, congress, Today());
}

}  // namespace daihoi::cli
