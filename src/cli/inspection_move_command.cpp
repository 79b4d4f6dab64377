// `daihoi inspection move ID --unit CODE [--team TEAM] [--start DATE]`: moves one unit's visit
// by hand; refused (exit 1) with the reasons when it would break the plan.
#include <iostream>

#include "app/inspections.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/inspection_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunInspectionMove(const Context& ctx, int64_t id, const std::string& unit,
                      std::optional<int64_t> team, const std::string& start) {
  app::VisitMove move;
  move.unit = unit;
  move.team = team;
  if (!start.empty()) {
    move.start = Date::Parse(start);
    if (!move.start) {
      return Fail(InvalidInput("ngày không hợp lệ '" + start + "' (YYYY-MM-DD)", "--start"));
    }
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::MoveInspectionVisit(**store, CommandLineActor(), id, move);
  if (!view) {
    Error error = view.error();
    if (error.field == "unit" || error.field == "team" || error.field == "start") {
      error.field = "--" + error.field;
    }
    return Fail(error);
  }
  if (!ctx.json) std::cout << "Đã điều chỉnh lịch kiểm tra " << unit << ".\n\n";
  return PrintInspection(ctx, *view);
}

}  // namespace daihoi::cli
