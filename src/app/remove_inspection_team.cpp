// Use case: remove a team with its visits (app/inspections.h); its units wait for the next
// assignment.
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspections.h"

namespace daihoi::app {

Status RemoveInspectionTeam(Store& store, const Actor& actor, int64_t id, int64_t team_id) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeInspection(store, actor, access::Action::kPlan, id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"inspection.team_remove", *allowed,
       ChangeText({{"inspection", std::to_string(id)}, {"team", std::to_string(team_id)}})},
      [&]() -> Status { return InspectionsOf(store).RemoveTeam(id, team_id); });
}

}  // namespace daihoi::app
