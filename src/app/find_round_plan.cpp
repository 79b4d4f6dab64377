// Use case: the stored plan that covers a subtree in a round (app/plans.h FindRoundPlan).
#include <utility>
#include <vector>

#include "app/authorize.h"
#include "app/plans.h"

namespace daihoi::app {
namespace {

// The plan of `code` whose term starts in `round_year` (newest first, as the store lists them).
Result<std::optional<PlanRecord>> PlanOf(Store& store, const std::string& code, int round_year) {
  auto plans = PlansOf(store).Plans(code);
  if (!plans.ok()) return plans.error();
  for (PlanRecord& record : *plans) {
    if (record.plan.root == code && planning::TermStartYear(record.plan.term) == round_year) {
      return std::optional<PlanRecord>(std::move(record));
    }
  }
  return std::optional<PlanRecord>();
}

}  // namespace

Result<std::optional<PlanRecord>> FindRoundPlan(Store& store, const Actor& actor,
                                                const std::string& root, int round_year) {
  if (root.empty() || round_year <= 0) return std::optional<PlanRecord>();
  // docs/security.md: whoever reads the subtree's progress reads the plan it is judged by, even
  // when the plan belongs to a committee above their scope.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, root);
      !allowed.ok()) {
    return allowed.error();
  }
  auto organization = store.FindOrganization(root);
  if (!organization.ok()) return organization.error();
  if (!*organization) {
    Error error = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
    error.field = "root";
    return error;
  }
  auto own = PlanOf(store, root, round_year);
  if (!own.ok() || *own) return own;
  auto ancestors = store.Ancestors(root);  // the parent first
  if (!ancestors.ok()) return ancestors.error();
  for (const org::Organization& ancestor : *ancestors) {
    auto plan = PlanOf(store, ancestor.code, round_year);
    if (!plan.ok() || *plan) return plan;
  }
  return std::optional<PlanRecord>();
}

}  // namespace daihoi::app
