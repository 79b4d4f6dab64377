// Use case: the R-STRUCTURE targets of an election (warnings against them, never errors).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/nomination_common.h"
#include "app/nominations.h"

namespace daihoi::app {

Status SetStructureTargets(const NominationPorts& ports, const Actor& actor, int64_t election_id,
                           const election::ListStructureTargets& targets) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed =
      AuthorizeElection(ports.Counting(), actor, access::Action::kUnitCongress, election_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(ports.store, actor,
                       {"nomination.structure_targets", *allowed,
                        ChangeText({{"election", std::to_string(election_id)}})},
                       [&]() -> Status {
                         auto election = nomination_detail::EditableElection(ports, election_id);
                         if (!election.ok()) return election.error();
                         if (Status s = election::CheckListStructureTargets(targets); !s) return s;
                         return ports.nominations.SetStructureTargets(election_id, targets);
                       });
}

}  // namespace daihoi::app
