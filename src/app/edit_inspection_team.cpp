// Use case: rename a team or replace its members (app/inspections.h). The saved assignment
// stays; ShowInspection lists a conflict the new members bring.
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {

Status EditInspectionTeam(Store& store, const Actor& actor, int64_t id, int64_t team_id,
                          const TeamInput& input) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeInspection(store, actor, access::Action::kPlan, id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"inspection.team_edit", *allowed,
       ChangeText({{"inspection", std::to_string(id)}, {"team", std::to_string(team_id)}})},
      [&]() -> Status {
        auto teams = InspectionsOf(store).Teams(id);
        if (!teams.ok()) return teams.error();
        const InspectionTeamRecord* current = nullptr;
        for (const InspectionTeamRecord& team : *teams) {
          if (team.id == team_id) current = &team;
        }
        if (!current) return inspection_detail::UnknownTeam(team_id, "team");
        auto team = inspection_detail::TeamOf(store, input, current->name);
        if (!team.ok()) return team.error();
        team->id = team_id;
        team->inspection_id = id;
        return InspectionsOf(store).UpdateTeam(*team);
      });
}

}  // namespace daihoi::app
