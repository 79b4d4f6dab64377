#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanRecord> CreatePlan(Store& store, const Actor& actor, const PlanRecord& plan) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kPlan, plan.plan.root);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<PlanRecord>(
      store, actor, {"plan.create", plan.plan.root, ChangeText({{"term", plan.plan.term}})},
      [&]() -> Result<PlanRecord> {
        if (Status s = ValidatePlan(store, plan.plan); !s) return s.error();
        auto id = PlansOf(store).CreatePlan(plan);
        if (!id.ok()) return id.error();
        return ShowPlan(store, actor, *id);
      });
}

}  // namespace daihoi::app
