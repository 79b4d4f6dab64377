#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanRecord> CreatePlan(Store& store, const PlanRecord& plan) {
  if (Status s = ValidatePlan(store, plan.plan); !s) return s.error();
  auto id = PlansOf(store).CreatePlan(plan);
  if (!id.ok()) return id.error();
  return ShowPlan(store, *id);
}

}  // namespace daihoi::app
