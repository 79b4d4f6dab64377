#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanRecord> UpdatePlan(Store& store, int64_t id, const PlanRecord& plan) {
  if (Status s = ValidatePlan(store, plan.plan); !s) return s.error();
  if (Status s = PlansOf(store).UpdatePlan(id, plan); !s) {
    Error error = s.error();
    if (error.code == ErrorCode::kNotFound && error.field.empty()) error.field = "id";
    return error;
  }
  return ShowPlan(store, id);
}

}  // namespace daihoi::app
