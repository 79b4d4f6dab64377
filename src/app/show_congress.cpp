#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanCheck> ShowCongress(Store& store, const std::string& org_code, const std::string& term) {
  return EvaluateCongress(store, org_code, term, nullptr, false);
}

}  // namespace daihoi::app
