// POST /congresses/{code}/{term}/check: the violations a proposed edit would leave, as the clerk
// types; nothing is saved.
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanCheck> CheckCongressEdit(Store& store, const std::string& org_code,
                                    const std::string& term, const planning::CongressEdit& edit) {
  return EvaluateCongress(store, org_code, term, &edit, false);
}

}  // namespace daihoi::app
