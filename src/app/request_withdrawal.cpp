// Use case: a nominee asks to withdraw (R-WITHDRAW: recorded, decided later by a vote).
#include "app/nomination_common.h"
#include "app/nominations.h"
#include "text/text.h"

namespace daihoi::app {

Status RequestWithdrawal(const NominationPorts& ports, int64_t nomination_id,
                         const std::string& reason) {
  auto found = nomination_detail::FindEditableNomination(ports, nomination_id);
  if (!found.ok()) return found.error();
  return ports.nominations.RequestWithdrawal(nomination_id, text::Normalize(reason));
}

}  // namespace daihoi::app
