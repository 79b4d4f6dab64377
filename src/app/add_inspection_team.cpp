// Use case: add a team with its members to an inspection (app/inspections.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {

Result<int64_t> AddInspectionTeam(Store& store, const Actor& actor, int64_t id,
                                  const TeamInput& input) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeInspection(store, actor, access::Action::kPlan, id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      store, actor,
      {"inspection.team_add", *allowed, ChangeText({{"inspection", std::to_string(id)}})},
      [&]() -> Result<int64_t> {
        auto teams = InspectionsOf(store).Teams(id);
        if (!teams.ok()) return teams.error();
        auto found = InspectionsOf(store).FindInspection(id);
        if (!found.ok()) return found.error();
        if (!*found) {
          Error error =
              NotFound("không có đợt kiểm tra số " + std::to_string(id) + " (unknown inspection)");
          error.field = "id";
          return error;
        }
        auto team = inspection_detail::TeamOf(
            store, input, "Đoàn kiểm tra số " + std::to_string(teams->size() + 1));
        if (!team.ok()) return team.error();
        team->inspection_id = id;
        return InspectionsOf(store).AddTeam(*team);
      });
}

}  // namespace daihoi::app
