// Use case: recompute a round's hash chain from its genesis value and say where it breaks.
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting.h"
#include "app/counting_common.h"

namespace daihoi::app {

Result<ChainCheck> VerifyChain(const CountingPorts& ports, const Actor& actor, int64_t round_id) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed = AuthorizeRound(ports, actor, access::Action::kReadRegistry, round_id);
      !allowed.ok())
    return allowed.error();
  auto round = counting_detail::FindRound(ports.elections, round_id);
  if (!round.ok()) return round.error();
  auto entries = counting_detail::ReadEntries(ports.elections, *round, std::nullopt);
  if (!entries.ok()) return entries.error();
  ChainCheck check;
  check.entries = entries->entries;
  check.head = entries->head;
  check.first_bad_seq = entries->first_bad_seq;
  return check;
}

}  // namespace daihoi::app
