#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanRecord> UpdatePlan(Store& store, const Actor& actor, int64_t id,
                              const PlanRecord& plan) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizePlan(store, actor, access::Action::kPlan, id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<PlanRecord>(store, actor,
                             {"plan.update", *allowed, ChangeText({{"plan", std::to_string(id)}})},
                             [&]() -> Result<PlanRecord> {
                               if (Status s = ValidatePlan(store, plan.plan); !s) return s.error();
                               if (Status s = PlansOf(store).UpdatePlan(id, plan); !s) {
                                 Error error = s.error();
                                 if (error.code == ErrorCode::kNotFound && error.field.empty())
                                   error.field = "id";
                                 return error;
                               }
                               return ShowPlan(store, actor, id);
                             });
}

}  // namespace daihoi::app
