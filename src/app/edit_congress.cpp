// PATCH /congresses/{code}/{term}, `daihoi congress set`: every edit answers with the violations
// of the covering plan after it.
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanCheck> EditCongress(Store& store, const Actor& actor, const std::string& org_code,
                               const std::string& term, const planning::CongressEdit& edit) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<PlanCheck>(store, actor, {"congress.edit", org_code, ChangeText({{"term", term}})},
                            [&]() -> Result<PlanCheck> {
                              return EvaluateCongress(store, actor, org_code, term, &edit, true);
                            });
}

}  // namespace daihoi::app
