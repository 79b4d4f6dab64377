// `daihoi plan check --root CODE --term T`, GET /plans/{id}/violations.
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<std::vector<planning::Violation>> CheckStoredPlan(Store& store, const Actor& actor,
                                                         const PlanRecord& plan) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, plan.plan.root);
      !allowed.ok())
    return allowed.error();
  auto round = CheckRound(store, actor, plan);
  if (!round.ok()) return round.error();
  return std::move(round->violations);
}

}  // namespace daihoi::app
