// Use case: the automatic assignment of teams to units and dates (app/inspections.h,
// teams::AssignInspections), saved in place of the earlier one.
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {

Result<InspectionView> AssignInspectionTeams(Store& store, const Actor& actor, int64_t id) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeInspection(store, actor, access::Action::kPlan, id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<InspectionView>(
      store, actor,
      {"inspection.assign", *allowed, ChangeText({{"inspection", std::to_string(id)}})},
      [&]() -> Result<InspectionView> {
        auto loaded = inspection_detail::Load(store, id);
        if (!loaded.ok()) return loaded.error();
        if (loaded->units.empty()) {
          return InvalidInput("chưa chọn đơn vị được kiểm tra (choose the units first)", "units");
        }
        auto engine = inspection_detail::ToEngine(store, *loaded);
        if (!engine.ok()) return engine.error();
        std::vector<teams::Override> overrides;
        for (const InspectionUnitRecord& unit : loaded->units) {
          if (unit.fixed_team_id)
            overrides.push_back({unit.org_code, std::to_string(*unit.fixed_team_id)});
        }
        auto assignment =
            teams::AssignInspections(engine->teams, engine->units, loaded->record.window_start,
                                     loaded->record.window_end, engine->rules, overrides);
        if (!assignment.ok()) {
          Error error = assignment.error();
          error.message = inspection_detail::Readable({error.message}, loaded->teams).front();
          return error;
        }
        std::vector<InspectionVisitRecord> visits;
        for (const teams::Visit& visit : assignment->visits) {
          InspectionVisitRecord record;
          record.team_id = std::stoll(visit.team);
          record.org_code = visit.unit;
          record.start = visit.start;
          record.end = visit.end;
          visits.push_back(std::move(record));
        }
        if (Status s = InspectionsOf(store).SaveAssignment(id, visits); !s) return s.error();
        auto saved = inspection_detail::Load(store, id);
        if (!saved.ok()) return saved.error();
        return inspection_detail::BuildView(std::move(*saved), *engine);
      });
}

}  // namespace daihoi::app
