// Use case: a person joins a group, as leader, deputy or member (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Result<int64_t> AddGroupMember(Store& store, const Actor& actor, const CongressRef& congress,
                               int64_t group_id, const NewPerson& person) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      store, actor,
      {"group.member_add", congress.org_code,
       ChangeText({{"term", congress.term}, {"group", std::to_string(group_id)}})},
      [&]() -> Result<int64_t> {
        auto group = groups_detail::GroupOf(store, congress, group_id);
        if (!group.ok()) return group.error();
        auto resolved = groups_detail::ResolvePerson(store, person);
        if (!resolved.ok()) return resolved.error();
        GroupMemberRecord member;
        member.group_id = group_id;
        member.member_id = resolved->member_id;
        member.full_name = resolved->full_name;
        member.role = resolved->role;
        member.person = teams::PersonKey(member.member_id, member.full_name);
        auto id = GroupsOf(store).AddGroupMember(member);
        if (!id.ok()) {
          Error error = id.error();
          if (error.code == ErrorCode::kConflict) {
            error.field = member.member_id.empty() ? "full_name" : "member_id";
          }
          return error;
        }
        return id;
      });
}

}  // namespace daihoi::app
