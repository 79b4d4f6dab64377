#pragma once
// Authorization of a use case whose target is a stored record named by its id (app/authorize.h):
// the record's organization decides — an election's or a round's congress (its organization,
// and its term for ballot entry), a nomination's election, an inspection's inspecting
// committee, a plan's convening organization, an allocation's convening organization. An
// unknown id is kNotFound naming the id, as the use case itself would answer. Each answers the
// record's organization (what the audit record names) when the action is allowed.

#include <cstdint>
#include <string>

#include "access/access.h"
#include "app/accounts.h"
#include "app/counting.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

// kEnterBallots is decided at the congress (organization and term); every other action at the
// organization only.
Result<std::string> AuthorizeElection(const CountingPorts& ports, const Actor& actor,
                                      access::Action action, int64_t election_id);
Result<std::string> AuthorizeRound(const CountingPorts& ports, const Actor& actor,
                                   access::Action action, int64_t round_id);
Result<std::string> AuthorizeNomination(Store& store, const Actor& actor, access::Action action,
                                        int64_t nomination_id);
Result<std::string> AuthorizeInspection(Store& store, const Actor& actor, access::Action action,
                                        int64_t inspection_id);
Result<std::string> AuthorizePlan(Store& store, const Actor& actor, access::Action action,
                                  int64_t plan_id);
Result<std::string> AuthorizeAllocation(Store& store, const Actor& actor, access::Action action,
                                        int64_t allocation_id);
// R-APPROVAL: the superior committee approves a congress's results, so approval is decided at
// the parent of the congress's organization (kForbidden for a top-level organization unless
// the actor's grant is global).
Status AuthorizeSuperior(Store& store, const Actor& actor, access::Action action,
                         const std::string& org_code);

}  // namespace daihoi::app
