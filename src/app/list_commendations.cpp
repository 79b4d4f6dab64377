// Use case: the commendations of a congress, collectives first (app/groups.h).
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Result<std::vector<CommendationRecord>> ListCommendations(Store& store, const Actor& actor,
                                                          const CongressRef& congress) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, congress.org_code);
      !allowed.ok())
    return allowed.error();
  if (auto organization = groups_detail::CheckCongress(store, congress); !organization.ok()) {
    return organization.error();
  }
  return GroupsOf(store).Commendations(congress.org_code, congress.term);
}

}  // namespace daihoi::app
