#include "app/plans.h"

namespace daihoi::app {

Result<std::vector<PlanRecord>> ListPlans(Store& store, const std::string& root) {
  if (!root.empty()) {
    auto organization = store.FindOrganization(root);
    if (!organization.ok()) return organization.error();
    if (!*organization) {
      Error error = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
      error.field = "root";
      return error;
    }
  }
  return PlansOf(store).Plans(root);
}

}  // namespace daihoi::app
