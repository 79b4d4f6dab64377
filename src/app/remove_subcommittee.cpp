// Use case: remove a subcommittee with its members and tasks (app/groups.h).
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveSubcommittee(Store& store, const CongressRef& congress, int64_t subcommittee_id) {
  auto found = groups_detail::SubcommitteeOf(store, congress, subcommittee_id);
  if (!found.ok()) return found.error();
  auto removed = GroupsOf(store).RemoveSubcommittee(subcommittee_id);
  if (!removed.ok()) return removed.error();
  return {};
}

}  // namespace daihoi::app
