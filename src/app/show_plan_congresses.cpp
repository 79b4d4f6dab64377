#include <utility>

#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/plan_common.h"
#include "app/plans.h"

namespace daihoi::app {

Result<PlanCongresses> ShowPlanCongresses(Store& store, const Actor& actor, int64_t plan_id) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed = AuthorizePlan(store, actor, access::Action::kReadRegistry, plan_id);
      !allowed.ok())
    return allowed.error();
  auto plan = ShowPlan(store, actor, plan_id);
  if (!plan.ok()) return plan.error();
  auto round = CheckRound(store, actor, *plan);
  if (!round.ok()) return round.error();
  const org::OrgTree& tree = round->data.tree;

  PlanCongresses out;
  for (const org::Organization* o : tree.Subtree(plan->plan.root)) {
    auto view = [&](const planning::Congress* congress) -> Result<CongressView> {
      CongressView v;
      v.organization = *o;
      v.members = tree.Members(o->code);
      v.plan_id = plan->id;
      v.violations = ViolationsOf(round->violations, o->code);
      if (congress) {
        v.recorded = true;
        v.congress = *congress;
        for (const CongressDetailsRecord& d : round->details) {
          if (d.org_code == o->code && d.term == congress->term) v.details = d.details;
        }
        auto approved = ResultsApproved(store, o->code, congress->term);
        if (!approved.ok()) return approved.error();
        v.status = planning::DeriveStatus(*congress, *approved);
      } else {
        v.congress.org_code = o->code;
        // A cell's own term is not the plan's (R-TERM): left for the clerk to record.
        v.congress.term = o->level == planning::kCellLevel ? "" : plan->plan.term;
      }
      return v;
    };
    bool any = false;
    for (const planning::Congress& congress : round->data.congresses) {
      if (congress.org_code != o->code || !InRound(o->level, congress.term, plan->plan.term)) {
        continue;
      }
      auto v = view(&congress);
      if (!v.ok()) return v.error();
      out.congresses.push_back(std::move(*v));
      any = true;
    }
    if (!any) {
      auto v = view(nullptr);
      if (!v.ok()) return v.error();
      out.congresses.push_back(std::move(*v));
    }
  }
  out.plan = std::move(*plan);
  out.violations = std::move(round->violations);
  return out;
}

}  // namespace daihoi::app
