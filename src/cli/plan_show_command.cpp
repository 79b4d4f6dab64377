// `daihoi plan show --root CODE --term T [--json]`: the stored plan and its subtree's congresses
// with their status and the plan's violations.
#include <iostream>

#include "app/plans.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "common/roman.h"
#include "json/plan_json.h"
#include "json/plan_record_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunPlanShow(const Context& ctx, const std::string& root, const std::string& term) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto plan = app::ShowPlanFor(**store, CommandLineActor(), root, term);
  if (!plan) return Fail(plan.error());
  auto view = app::ShowPlanCongresses(**store, CommandLineActor(), plan->id);
  if (!view) return Fail(view.error());
  if (ctx.json) {
    std::cout << json::PlanCongressesToJson(*view).dump(2) << "\n";
    return 0;
  }
  std::cout << json::PlanText(view->plan) << "\nĐại hội trong kế hoạch:\n";
  for (const app::CongressView& row : view->congresses) {
    const planning::Congress& c = row.congress;
    std::cout << "  " << row.organization.code << " — " << row.organization.name;
    if (c.ordinal > 0) std::cout << " (lần thứ " << ToRoman(c.ordinal) << ")";
    if (c.planned_start) {
      std::cout << ": " << c.planned_start->ToVietnamese();
      if (c.planned_end && *c.planned_end != *c.planned_start) {
        std::cout << " – " << c.planned_end->ToVietnamese();
      }
    }
    std::cout << ", " << (row.recorded ? planning::StatusLabel(row.status) : "chưa có đại hội")
              << (c.pilot ? ", đại hội điểm" : "") << "\n";
  }
  if (view->violations.empty()) {
    std::cout << "\nKhông có vi phạm.\n";
  } else {
    std::cout << "\nVi phạm (" << view->violations.size() << "):\n"
              << json::ViolationsText(view->violations);
  }
  return 0;
}

}  // namespace daihoi::cli
