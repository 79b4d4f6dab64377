#include "app/plans.h"

namespace daihoi::app {

Result<PlanRecord> ShowPlan(Store& store, int64_t id) {
  auto found = PlansOf(store).FindPlan(id);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("không có kế hoạch số " + std::to_string(id) + " (unknown plan)");
    error.field = "id";
    return error;
  }
  return std::move(**found);
}

Result<PlanRecord> ShowPlanFor(Store& store, const std::string& root, const std::string& term) {
  auto organization = store.FindOrganization(root);
  if (!organization.ok()) return organization.error();
  if (!*organization) {
    Error error = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
    error.field = "root";
    return error;
  }
  auto found = PlansOf(store).FindPlanFor(root, term);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound(root + " chưa có kế hoạch nhiệm kỳ " + term + " (no plan stored)");
    error.field = "term";
    return error;
  }
  return std::move(**found);
}

}  // namespace daihoi::app
