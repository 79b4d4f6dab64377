// Use case: the congress's show of hands on a withdrawal request (R-WITHDRAW, R-SHOW-OF-HANDS:
// passes with more than half of the convened; never automatic).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting_common.h"
#include "app/nomination_common.h"
#include "app/nominations.h"

namespace daihoi::app {

Status RecordWithdrawalVote(const NominationPorts& ports, const Actor& actor, int64_t nomination_id,
                            const VoteCount& vote) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed =
      AuthorizeNomination(ports.store, actor, access::Action::kUnitCongress, nomination_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(ports.store, actor,
                       {"nomination.withdrawal_vote", *allowed,
                        ChangeText({{"nomination", std::to_string(nomination_id)}})},
                       [&]() -> Status {
                         auto found =
                             nomination_detail::FindEditableNomination(ports, nomination_id);
                         if (!found.ok()) return found.error();
                         if (!found->nomination.withdrawal_requested) {
                           return counting_detail::Conflict(
                               "chưa có đơn xin rút để biểu quyết (no withdrawal request)");
                         }
                         auto counted = nomination_detail::CheckedVote(
                             ports, actor, {found->election.org_code, found->election.term}, vote,
                             /*needs_convened=*/true);
                         if (!counted.ok()) return counted.error();
                         return ports.nominations.RecordWithdrawalVote(nomination_id, *counted);
                       });
}

}  // namespace daihoi::app
