// Use case: a person leaves a subcommittee (app/groups.h).
#include <algorithm>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveSubcommitteeMember(Store& store, const Actor& actor, const CongressRef& congress,
                                int64_t subcommittee_id, int64_t member_row_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"subcommittee.member_remove", congress.org_code,
       ChangeText({{"term", congress.term},
                   {"subcommittee", std::to_string(subcommittee_id)},
                   {"member", std::to_string(member_row_id)}})},
      [&]() -> Status {
        auto found = groups_detail::SubcommitteeOf(store, congress, subcommittee_id);
        if (!found.ok()) return found.error();
        if (std::none_of(
                found->members.begin(), found->members.end(),
                [&](const SubcommitteeMemberRecord& m) { return m.id == member_row_id; })) {
          Error error =
              NotFound("tiểu ban không có thành viên số " + std::to_string(member_row_id));
          error.field = "member_id";
          return error;
        }
        auto removed = GroupsOf(store).RemoveSubcommitteeMember(member_row_id);
        if (!removed.ok()) return removed.error();
        return {};
      });
}

}  // namespace daihoi::app
