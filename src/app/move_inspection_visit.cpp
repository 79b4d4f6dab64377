// Use case: move one unit's visit to another team or date by hand (app/inspections.h): refused
// when it adds a problem teams::CheckAssignment finds; the unit is then fixed to its team.
#include <algorithm>
#include <map>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {
namespace {

// Problems of `after` that `before` did not have (counted, so a second double booking counts).
std::vector<std::string> Added(const std::vector<std::string>& before,
                               const std::vector<std::string>& after) {
  std::map<std::string, int> had;
  for (const std::string& problem : before) ++had[problem];
  std::vector<std::string> added;
  for (const std::string& problem : after) {
    if (had[problem] > 0) {
      --had[problem];
    } else {
      added.push_back(problem);
    }
  }
  return added;
}

}  // namespace

Result<InspectionView> MoveInspectionVisit(Store& store, const Actor& actor, int64_t id,
                                           const VisitMove& move) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeInspection(store, actor, access::Action::kPlan, id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<InspectionView>(
      store, actor,
      {"inspection.visit_move", *allowed, ChangeText({{"inspection", std::to_string(id)}})},
      [&]() -> Result<InspectionView> {
        auto loaded = inspection_detail::Load(store, id);
        if (!loaded.ok()) return loaded.error();
        const InspectionRecord& record = loaded->record;
        auto visit =
            std::find_if(loaded->visits.begin(), loaded->visits.end(),
                         [&](const InspectionVisitRecord& v) { return v.org_code == move.unit; });
        if (visit == loaded->visits.end()) {
          const bool listed =
              std::any_of(loaded->units.begin(), loaded->units.end(),
                          [&](const InspectionUnitRecord& u) { return u.org_code == move.unit; });
          if (!listed) {
            Error error = NotFound("đơn vị '" + move.unit +
                                   "' không thuộc danh sách được kiểm tra (unit not listed)");
            error.field = "unit";
            return error;
          }
          return Error(ErrorCode::kConflict,
                       "chưa phân công: chạy phân công tự động trước khi điều chỉnh (assign first)",
                       "unit");
        }
        const int64_t team_id = move.team.value_or(visit->team_id);
        if (std::none_of(loaded->teams.begin(), loaded->teams.end(),
                         [&](const InspectionTeamRecord& t) { return t.id == team_id; })) {
          return inspection_detail::UnknownTeam(team_id, "team");
        }
        int days = 1;
        for (const InspectionUnitRecord& unit : loaded->units) {
          if (unit.org_code == move.unit) days = unit.visit_days;
        }
        if (move.start) {
          if (*move.start < record.window_start || *move.start > record.window_end) {
            return InvalidInput("ngày " + move.start->ToVietnamese() + " nằm ngoài đợt kiểm tra " +
                                    record.window_start.ToVietnamese() + " – " +
                                    record.window_end.ToVietnamese(),
                                "start");
          }
          if (record.working_days_only && move.start->IsWeekend()) {
            return InvalidInput("ngày " + move.start->ToVietnamese() +
                                    " là thứ Bảy hoặc Chủ nhật: đợt kiểm tra chỉ làm ngày làm việc",
                                "start");
          }
        }
        auto engine = inspection_detail::ToEngine(store, *loaded);
        if (!engine.ok()) return engine.error();
        auto check = [&](const std::vector<InspectionVisitRecord>& visits) {
          return teams::CheckAssignment(engine->teams, engine->units, record.window_start,
                                        record.window_end, engine->rules,
                                        inspection_detail::EngineVisits(visits));
        };
        const std::vector<std::string> before = check(loaded->visits);
        std::vector<InspectionVisitRecord> candidate = loaded->visits;
        InspectionVisitRecord& moved =
            candidate[static_cast<size_t>(visit - loaded->visits.begin())];
        moved.team_id = team_id;
        auto try_start = [&](Date start) {
          moved.start = start;
          moved.end = inspection_detail::VisitEnd(start, days, record.working_days_only);
          return Added(before, check(candidate));
        };
        std::vector<std::string> added = try_start(move.start.value_or(visit->start));
        if (!added.empty() && !move.start) {
          // No date asked for: the first day of the window that adds nothing.
          for (Date day = record.window_start; day <= record.window_end; day = day.AddDays(1)) {
            if (record.working_days_only && day.IsWeekend()) continue;
            if (try_start(day).empty()) {
              added.clear();
              break;
            }
          }
          if (!added.empty()) added = try_start(visit->start);
        }
        if (!added.empty()) {
          std::string message = "không điều chỉnh được:";
          for (const std::string& problem : inspection_detail::Readable(added, loaded->teams)) {
            message += " " + problem + ";";
          }
          message.back() = '.';
          return Error(ErrorCode::kRuleViolation, message, move.start ? "start" : "team");
        }
        Status s = store.InTransaction([&]() -> Status {
          if (Status u = InspectionsOf(store).UpdateVisit(id, moved); !u) return u;
          return InspectionsOf(store).SetFixedTeam(id, move.unit, team_id);
        });
        if (!s) return s.error();
        auto saved = inspection_detail::Load(store, id);
        if (!saved.ok()) return saved.error();
        return inspection_detail::BuildView(std::move(*saved), *engine);
      });
}

}  // namespace daihoi::app
