#include "app/authorize_records.h"

#include <string>

#include "app/authorize.h"
#include "app/counting_common.h"
#include "app/ports/inspection_store.h"
#include "app/ports/nomination_store.h"
#include "app/ports/plan_store.h"

namespace daihoi::app {
namespace {

Error UnknownRecord(const std::string& what, int64_t id, const std::string& field) {
  Error error = NotFound("không có " + what + " số " + std::to_string(id) + " (not found)");
  error.field = field;
  return error;
}

std::string TermFor(access::Action action, const std::string& term) {
  return action == access::Action::kEnterBallots ? term : std::string();
}

}  // namespace

Result<std::string> AuthorizeElection(const CountingPorts& ports, const Actor& actor,
                                      access::Action action, int64_t election_id) {
  auto election = counting_detail::FindElection(ports.elections, election_id);
  if (!election.ok()) return election.error();
  if (Status allowed = Authorize(ports.store, actor, action, election->org_code,
                                 TermFor(action, election->term));
      !allowed.ok())
    return allowed.error();
  return election->org_code;
}

Result<std::string> AuthorizeRound(const CountingPorts& ports, const Actor& actor,
                                   access::Action action, int64_t round_id) {
  auto round = counting_detail::FindRound(ports.elections, round_id);
  if (!round.ok()) return round.error();
  return AuthorizeElection(ports, actor, action, round->election_id);
}

Result<std::string> AuthorizeNomination(Store& store, const Actor& actor, access::Action action,
                                        int64_t nomination_id) {
  auto nomination = NominationsOf(store).FindNomination(nomination_id);
  if (!nomination.ok()) return nomination.error();
  // A global administrator hears the use case's own answer about an unknown id.
  if (!*nomination && IsGlobalAdministrator(actor)) return std::string();
  if (!*nomination) return UnknownRecord("đề cử", nomination_id, "nomination_id");
  return AuthorizeElection(CountingPorts{store, ElectionsOf(store), {}}, actor, action,
                           (*nomination)->election_id);
}

Result<std::string> AuthorizeInspection(Store& store, const Actor& actor, access::Action action,
                                        int64_t inspection_id) {
  auto inspection = InspectionsOf(store).FindInspection(inspection_id);
  if (!inspection.ok()) return inspection.error();
  // A global administrator hears the use case's own answer about an unknown id.
  if (!*inspection && IsGlobalAdministrator(actor)) return std::string();
  if (!*inspection) return UnknownRecord("cuộc kiểm tra", inspection_id, "id");
  if (Status allowed = Authorize(store, actor, action, (*inspection)->org_code); !allowed.ok())
    return allowed.error();
  return (*inspection)->org_code;
}

Result<std::string> AuthorizePlan(Store& store, const Actor& actor, access::Action action,
                                  int64_t plan_id) {
  auto plan = PlansOf(store).FindPlan(plan_id);
  if (!plan.ok()) return plan.error();
  // A global administrator hears the use case's own answer about an unknown id.
  if (!*plan && IsGlobalAdministrator(actor)) return std::string();
  if (!*plan) return UnknownRecord("kế hoạch", plan_id, "id");
  if (Status allowed = Authorize(store, actor, action, (*plan)->plan.root); !allowed.ok())
    return allowed.error();
  return (*plan)->plan.root;
}

Result<std::string> AuthorizeAllocation(Store& store, const Actor& actor, access::Action action,
                                        int64_t allocation_id) {
  auto allocation = store.FindAllocation(allocation_id);
  if (!allocation.ok()) return allocation.error();
  // A global administrator hears the use case's own answer about an unknown id.
  if (!*allocation && IsGlobalAdministrator(actor)) return std::string();
  if (!*allocation) return UnknownRecord("phương án phân bổ", allocation_id, "id");
  if (Status allowed = Authorize(store, actor, action, (*allocation)->org_code); !allowed.ok())
    return allowed.error();
  return (*allocation)->org_code;
}

Status AuthorizeSuperior(Store& store, const Actor& actor, access::Action action,
                         const std::string& org_code) {
  if (IsGlobalAdministrator(actor)) return {};
  auto target = TargetOf(store, org_code);
  if (!target.ok()) return target.error();
  target->path.pop_back();  // the superior: the organization's parent
  if (target->path.empty()) {
    return Refused(actor, action, "tại cấp trên của '" + org_code + "'");
  }
  return Require(actor, action, *target);
}

}  // namespace daihoi::app
