// PATCH /congresses/{code}/{term}, `daihoi congress set`: every edit answers with the violations
// of the covering plan after it.
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanCheck> EditCongress(Store& store, const std::string& org_code, const std::string& term,
                               const planning::CongressEdit& edit) {
  return EvaluateCongress(store, org_code, term, &edit, true);
}

}  // namespace daihoi::app
