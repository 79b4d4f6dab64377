// Use case: a round's count as it stands — the clerks' logs reconciled ballot by ballot, the
// chain checked and the agreed ballots tallied (the roll's convened count, or the frozen one).
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"

namespace daihoi::app {

Result<CountView> ShowCount(const CountingPorts& ports, const Actor& actor, int64_t round_id) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed = AuthorizeRound(ports, actor, access::Action::kReadRegistry, round_id);
      !allowed.ok())
    return allowed.error();
  auto round = counting_detail::FindRound(ports.elections, round_id);
  if (!round.ok()) return round.error();
  auto context = counting_detail::LoadElection(ports, round->election_id);
  if (!context.ok()) return context.error();
  auto base = counting_detail::BaseOf(ports, actor, context->election, *round);
  if (!base.ok()) return base.error();
  return counting_detail::CountRound(ports, *context, *round, *base);
}

}  // namespace daihoi::app
