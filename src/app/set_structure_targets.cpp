// Use case: the R-STRUCTURE targets of an election (warnings against them, never errors).
#include "app/nomination_common.h"
#include "app/nominations.h"

namespace daihoi::app {

Status SetStructureTargets(const NominationPorts& ports, int64_t election_id,
                           const election::ListStructureTargets& targets) {
  auto election = nomination_detail::EditableElection(ports, election_id);
  if (!election.ok()) return election.error();
  if (Status s = election::CheckListStructureTargets(targets); !s) return s;
  return ports.nominations.SetStructureTargets(election_id, targets);
}

}  // namespace daihoi::app
