// Use case: the audit chain recomputed for a person who may see the whole trail (audit.h).
#include "app/audit.h"
#include "app/authorize.h"

namespace daihoi::app {

Result<AuditCheck> CheckAudit(Store& store, const Actor& actor,
                              const std::optional<std::string>& expected_head) {
  // The chain spans every organization: only a global administrator verifies it.
  if (Status allowed = Authorize(store, actor, access::Action::kAdminister, ""); !allowed.ok())
    return allowed.error();
  return VerifyAudit(store, expected_head);
}

}  // namespace daihoi::app
