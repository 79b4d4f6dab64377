// Use case: the commendations of a congress, collectives first (app/groups.h).
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Result<std::vector<CommendationRecord>> ListCommendations(Store& store,
                                                          const CongressRef& congress) {
  if (auto organization = groups_detail::CheckCongress(store, congress); !organization.ok()) {
    return organization.error();
  }
  return GroupsOf(store).Commendations(congress.org_code, congress.term);
}

}  // namespace daihoi::app
