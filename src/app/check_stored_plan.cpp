// `daihoi plan check --root CODE --term T`, GET /plans/{id}/violations.
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<std::vector<planning::Violation>> CheckStoredPlan(Store& store, const PlanRecord& plan) {
  auto round = CheckRound(store, plan);
  if (!round.ok()) return round.error();
  return std::move(round->violations);
}

}  // namespace daihoi::app
