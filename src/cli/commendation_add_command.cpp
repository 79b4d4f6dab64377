// `daihoi commendation add --congress CODE --term T --kind collective|individual [--org CODE]
// [--member-id X] [--name N] [--award A] --decision D --decided-on DATE --reason R`.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommendationAdd(const Context& ctx, const GroupOptions& options) {
  auto kind = teams::ParseRecipientKind(options.kind);
  if (!kind) {
    return Fail(
        InvalidInput("--kind phải là collective (tập thể) hoặc individual (cá nhân)", "--kind"));
  }
  auto decided_on = DateOption(options.decided_on, "--decided-on");
  if (!decided_on) return Fail(decided_on.error());
  teams::Commendation c;
  c.kind = *kind;
  c.org_code = options.org;
  c.member_id = options.member_id;
  c.full_name = options.name;
  c.award = options.award;
  c.decision = options.decision;
  c.decided_on = *decided_on;
  c.reason = options.reason;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto ids = app::AddCommendations(**store, CommandLineActor(), congress, {c});
  if (!ids) return Fail(GroupOptionError(ids.error()));
  if (!ctx.json) std::cout << "Đã ghi khen thưởng số " << ids->front() << "\n\n";
  return PrintCommendations(ctx, **store, congress);
}

}  // namespace daihoi::cli
