// `daihoi plan save PLAN.json`: creates or replaces the plan of a root and term.
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<SavedPlan> SavePlan(Store& store, const Actor& actor, const PlanRecord& plan) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kPlan, plan.plan.root);
      !allowed.ok())
    return allowed.error();
  // CreatePlan or UpdatePlan writes and records it (plan.create, plan.update).
  if (Status s = ValidatePlan(store, plan.plan); !s) return s.error();
  auto existing = PlansOf(store).FindPlanFor(plan.plan.root, plan.plan.term);
  if (!existing.ok()) return existing.error();
  if (*existing) {
    auto updated = UpdatePlan(store, actor, (*existing)->id, plan);
    if (!updated.ok()) return updated.error();
    return SavedPlan{std::move(*updated), false};
  }
  auto created = CreatePlan(store, actor, plan);
  if (!created.ok()) return created.error();
  return SavedPlan{std::move(*created), true};
}

}  // namespace daihoi::app
