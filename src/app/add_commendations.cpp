// Use case: commendations recorded after the round, all checked before any is written
// (app/groups.h).
#include <string>
#include <utility>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Result<std::vector<int64_t>> AddCommendations(Store& store, const Actor& actor,
                                              const CongressRef& congress,
                                              std::vector<teams::Commendation> commendations) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<std::vector<int64_t>>(
      store, actor,
      {"commendation.add", congress.org_code,
       ChangeText(
           {{"term", congress.term}, {"commendations", std::to_string(commendations.size())}})},
      [&]() -> Result<std::vector<int64_t>> {
        if (auto organization = groups_detail::CheckCongress(store, congress); !organization.ok()) {
          return organization.error();
        }
        for (size_t i = 0; i < commendations.size(); ++i) {
          Status s = groups_detail::PrepareCommendation(
              store, congress, commendations[i], "commendations[" + std::to_string(i) + "].");
          if (!s) return s.error();
        }
        return GroupsOf(store).AddCommendations(congress.org_code, congress.term, commendations);
      });
}

}  // namespace daihoi::app
