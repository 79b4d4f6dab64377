// Use case: the floor gate of a floor or self nomination (R-FLOOR-GATE): the secret nomination
// poll (party-2024) or the congress's show of hands (party-2014).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting_common.h"
#include "app/nomination_common.h"
#include "app/nominations.h"

namespace daihoi::app {

Status RecordNominationPoll(const NominationPorts& ports, const Actor& actor, int64_t nomination_id,
                            const VoteCount& vote) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed =
      AuthorizeNomination(ports.store, actor, access::Action::kUnitCongress, nomination_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      ports.store, actor,
      {"nomination.poll", *allowed, ChangeText({{"nomination", std::to_string(nomination_id)}})},
      [&]() -> Status {
        auto found = nomination_detail::FindEditableNomination(ports, nomination_id);
        if (!found.ok()) return found.error();
        if (found->nomination.source == election::NominationSource::kCommittee) {
          return counting_detail::Conflict(
              "người trong danh sách cấp ủy giới thiệu không phải lấy phiếu giới thiệu (the "
              "committee's "
              "list needs no floor gate)");
        }
        auto profile = counting_detail::LoadProfile(ports.Counting(), found->election.profile);
        if (!profile.ok()) return profile.error();
        // A secret poll counts those present; a show of hands needs the convened (R-SHOW-OF-HANDS).
        const bool needs_convened =
            profile->floor_gate_method == election::FloorGateMethod::kShowOfHands;
        auto counted = nomination_detail::CheckedVote(
            ports, actor, {found->election.org_code, found->election.term}, vote, needs_convened);
        if (!counted.ok()) return counted.error();
        return ports.nominations.RecordGate(
            nomination_id,
            election::GateVote{counted->convened, counted->present, counted->in_favour});
      });
}

}  // namespace daihoi::app
