// Use case: a person leaves a subcommittee (app/groups.h).
#include <algorithm>

#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveSubcommitteeMember(Store& store, const CongressRef& congress, int64_t subcommittee_id,
                                int64_t member_row_id) {
  auto found = groups_detail::SubcommitteeOf(store, congress, subcommittee_id);
  if (!found.ok()) return found.error();
  if (std::none_of(found->members.begin(), found->members.end(),
                   [&](const SubcommitteeMemberRecord& m) { return m.id == member_row_id; })) {
    Error error = NotFound("tiểu ban không có thành viên số " + std::to_string(member_row_id));
    error.field = "member_id";
    return error;
  }
  auto removed = GroupsOf(store).RemoveSubcommitteeMember(member_row_id);
  if (!removed.ok()) return removed.error();
  return {};
}

}  // namespace daihoi::app
