// `daihoi congress show --org CODE --term T [--json]`: one congress record, its status and the
// violations of the plan that covers it.
#include <iostream>

#include "app/plans.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/plan_json.h"
#include "json/plan_record_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int PrintPlanCheck(const Context& ctx, const app::PlanCheck& check) {
  if (ctx.json) {
    std::cout << json::PlanCheckToJson(check).dump(2) << "\n";
    return 0;
  }
  if (check.saved) std::cout << "Đã lưu.\n";
  std::cout << json::CongressText(check.congress);
  if (check.congress.plan_id) {
    if (check.violations.empty()) {
      std::cout << "Kế hoạch số " << *check.congress.plan_id << ": không có vi phạm.\n";
    } else {
      std::cout << "Kế hoạch số " << *check.congress.plan_id << ", vi phạm ("
                << check.violations.size() << "):\n"
                << json::ViolationsText(check.violations);
    }
  }
  return 0;
}

int RunCongressShow(const Context& ctx, const std::string& org_code, const std::string& term) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto check = app::ShowCongress(**store, CommandLineActor(), org_code, term);
  if (!check) return Fail(check.error());
  return PrintPlanCheck(ctx, *check);
}

}  // namespace daihoi::cli
