// Use case: a nominee asks to withdraw (R-WITHDRAW: recorded, decided later by a vote).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/nomination_common.h"
#include "app/nominations.h"
#include "text/text.h"

namespace daihoi::app {

Status RequestWithdrawal(const NominationPorts& ports, const Actor& actor, int64_t nomination_id,
                         const std::string& reason) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed =
      AuthorizeNomination(ports.store, actor, access::Action::kUnitCongress, nomination_id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      ports.store, actor,
      {"nomination.withdrawal", *allowed,
       ChangeText({{"nomination", std::to_string(nomination_id)}})},
      [&]() -> Status {
        auto found = nomination_detail::FindEditableNomination(ports, nomination_id);
        if (!found.ok()) return found.error();
        return ports.nominations.RequestWithdrawal(nomination_id, text::Normalize(reason));
      });
}

}  // namespace daihoi::app
