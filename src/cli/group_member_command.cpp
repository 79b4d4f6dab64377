// `daihoi group member --congress CODE --term T --group ID (--member-id X | --name N)
// [--role leader|deputy|member]`: a person joins a group.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunGroupMember(const Context& ctx, const GroupOptions& options) {
  auto role = teams::ParseGroupRole(options.role);
  if (!role) return Fail(InvalidInput("--role phải là leader, deputy hoặc member", "--role"));
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto id = app::AddGroupMember(**store, CommandLineActor(), congress, options.group,
                                {options.member_id, options.name, *role});
  if (!id) {
    Error error = id.error();
    if (error.field == "member_id") error.field = "--member-id";
    return Fail(GroupOptionError(error));
  }
  if (!ctx.json) std::cout << "Đã thêm thành viên số " << *id << "\n\n";
  return PrintWorkingGroups(ctx, **store, congress);
}

}  // namespace daihoi::cli
