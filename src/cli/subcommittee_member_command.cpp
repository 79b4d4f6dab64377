// `daihoi subcommittee member --congress CODE --term T --subcommittee ID (--member-id X |
// --name N) [--role leader|deputy|member]`.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSubcommitteeMember(const Context& ctx, const GroupOptions& options) {
  auto role = teams::ParseGroupRole(options.role);
  if (!role) return Fail(InvalidInput("--role phải là leader, deputy hoặc member", "--role"));
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto id = app::AddSubcommitteeMember(**store, CommandLineActor(), congress, options.subcommittee,
                                       {options.member_id, options.name, *role});
  if (!id) {
    Error error = id.error();
    if (error.field == "member_id") error.field = "--member-id";
    return Fail(GroupOptionError(error));
  }
  if (!ctx.json) std::cout << "Đã thêm thành viên số " << *id << "\n\n";
  return PrintSubcommittees(ctx, **store, congress, Today());
}

}  // namespace daihoi::cli
