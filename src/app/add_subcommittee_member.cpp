// Use case: a person joins a subcommittee (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Result<int64_t> AddSubcommitteeMember(Store& store, const Actor& actor, const CongressRef& congress,
                                      int64_t subcommittee_id, const NewPerson& person) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      store, actor,
      {"subcommittee.member_add", congress.org_code,
       ChangeText({{"term", congress.term}, {"subcommittee", std::to_string(subcommittee_id)}})},
      [&]() -> Result<int64_t> {
        auto found = groups_detail::SubcommitteeOf(store, congress, subcommittee_id);
        if (!found.ok()) return found.error();
        auto resolved = groups_detail::ResolvePerson(store, person);
        if (!resolved.ok()) return resolved.error();
        for (const SubcommitteeMemberRecord& m : found->members) {
          if (teams::PersonKey(m.member_id, m.full_name) ==
              teams::PersonKey(resolved->member_id, resolved->full_name)) {
            return Error(ErrorCode::kConflict,
                         "đồng chí " + resolved->full_name + " đã là thành viên của tiểu ban",
                         resolved->member_id.empty() ? "full_name" : "member_id");
          }
        }
        return GroupsOf(store).AddSubcommitteeMember(
            {0, subcommittee_id, resolved->member_id, resolved->full_name, resolved->role});
      });
}

}  // namespace daihoi::app
