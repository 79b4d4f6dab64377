// Use case: remove a subcommittee with its members and tasks (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveSubcommittee(Store& store, const Actor& actor, const CongressRef& congress,
                          int64_t subcommittee_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"subcommittee.remove", congress.org_code,
       ChangeText({{"term", congress.term}, {"subcommittee", std::to_string(subcommittee_id)}})},
      [&]() -> Status {
        auto found = groups_detail::SubcommitteeOf(store, congress, subcommittee_id);
        if (!found.ok()) return found.error();
        auto removed = GroupsOf(store).RemoveSubcommittee(subcommittee_id);
        if (!removed.ok()) return removed.error();
        return {};
      });
}

}  // namespace daihoi::app
