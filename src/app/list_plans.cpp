#include <utility>
#include <vector>

#include "app/authorize.h"
#include "app/plans.h"

namespace daihoi::app {

Result<std::vector<PlanRecord>> ListPlans(Store& store, const Actor& actor,
                                          const std::string& root) {
  if (!root.empty()) {
    auto organization = store.FindOrganization(root);
    if (!organization.ok()) return organization.error();
    if (!*organization) {
      Error error = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
      error.field = "root";
      return error;
    }
  }
  // docs/security.md: a root needs reading it; every plan is filtered by scope.
  if (!root.empty()) {
    if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, root);
        !allowed.ok())
      return allowed.error();
  }
  if (Status some = RequireSomeScope(actor, access::Action::kReadRegistry); !some.ok())
    return some.error();
  auto all = PlansOf(store).Plans(root);
  if (!all.ok() || IsGlobalAdministrator(actor)) return all;
  std::vector<PlanRecord> visible;
  for (PlanRecord& record : *all) {
    auto in_scope = InScope(store, actor, access::Action::kReadRegistry, record.plan.root);
    if (!in_scope.ok()) return in_scope.error();
    if (*in_scope) visible.push_back(std::move(record));
  }
  return visible;
}

}  // namespace daihoi::app
