// Use case: commendations recorded after the round, all checked before any is written
// (app/groups.h).
#include <utility>

#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Result<std::vector<int64_t>> AddCommendations(Store& store, const CongressRef& congress,
                                              std::vector<teams::Commendation> commendations) {
  if (auto organization = groups_detail::CheckCongress(store, congress); !organization.ok()) {
    return organization.error();
  }
  for (size_t i = 0; i < commendations.size(); ++i) {
    Status s = groups_detail::PrepareCommendation(store, congress, commendations[i],
                                                  "commendations[" + std::to_string(i) + "].");
    if (!s) return s.error();
  }
  return GroupsOf(store).AddCommendations(congress.org_code, congress.term, commendations);
}

}  // namespace daihoi::app
