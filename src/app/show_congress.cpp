#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanCheck> ShowCongress(Store& store, const Actor& actor, const std::string& org_code,
                               const std::string& term) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, org_code);
      !allowed.ok())
    return allowed.error();
  return EvaluateCongress(store, actor, org_code, term, nullptr, false);
}

}  // namespace daihoi::app
