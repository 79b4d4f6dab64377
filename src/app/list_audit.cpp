// Use case: the audit records an administrator may read (audit.h).
#include "app/accounts_common.h"
#include "app/audit.h"

namespace daihoi::app {

Result<Page<AuditRecord>> ListAudit(Store& store, const Actor& actor, const AuditQuery& query) {
  auto target = TargetOf(store, query.org_code);
  if (!target.ok()) {
    Error error = target.error();
    error.field = "org";
    return error;
  }
  if (Status s = Require(actor, access::Action::kAdminister, *target); !s) return s.error();
  if (query.limit < 0 || query.offset < 0) {
    return InvalidInput("offset and limit are not negative", query.limit < 0 ? "limit" : "offset");
  }
  return AuditsOf(store).SearchAudit(query);
}

}  // namespace daihoi::app
