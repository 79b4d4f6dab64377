#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanRecord> ShowPlan(Store& store, const Actor& actor, int64_t id) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed = AuthorizePlan(store, actor, access::Action::kReadRegistry, id); !allowed.ok())
    return allowed.error();
  auto found = PlansOf(store).FindPlan(id);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("không có kế hoạch số " + std::to_string(id) + " (unknown plan)");
    error.field = "id";
    return error;
  }
  return std::move(**found);
}

Result<PlanRecord> ShowPlanFor(Store& store, const Actor& actor, const std::string& root,
                               const std::string& term) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, root); !allowed.ok())
    return allowed.error();
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
