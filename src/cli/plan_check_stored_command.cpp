// `daihoi plan check --root CODE --term T [--json]`: the stored plan checked against the stored
// congresses; the same output and exit codes as `daihoi plan check PLAN.json`.
#include <iostream>

#include "app/plans.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/plan_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunPlanCheckStored(const Context& ctx, const std::string& root, const std::string& term) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto plan = app::ShowPlanFor(**store, CommandLineActor(), root, term);
  if (!plan) return Fail(plan.error());
  auto violations = app::CheckStoredPlan(**store, CommandLineActor(), *plan);
  if (!violations) return Fail(violations.error());
  if (ctx.json) {
    std::cout << json::ViolationsToJson(*violations).dump(2) << "\n";
  } else {
    std::cout << json::ViolationsText(*violations);
  }
  return violations->empty() ? 0 : 1;
}

}  // namespace daihoi::cli
