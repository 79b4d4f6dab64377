// `daihoi plan save PLAN.json`: creates or replaces the plan of a root and term.
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<SavedPlan> SavePlan(Store& store, const PlanRecord& plan) {
  if (Status s = ValidatePlan(store, plan.plan); !s) return s.error();
  auto existing = PlansOf(store).FindPlanFor(plan.plan.root, plan.plan.term);
  if (!existing.ok()) return existing.error();
  if (*existing) {
    auto updated = UpdatePlan(store, (*existing)->id, plan);
    if (!updated.ok()) return updated.error();
    return SavedPlan{std::move(*updated), false};
  }
  auto created = CreatePlan(store, plan);
  if (!created.ok()) return created.error();
  return SavedPlan{std::move(*created), true};
}

}  // namespace daihoi::app
