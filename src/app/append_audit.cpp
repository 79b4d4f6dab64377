// Use case: append one record to the audit trail (audit.h), inside the caller's transaction.
#include "app/audit.h"
#include "app/digest.h"

namespace daihoi::app {

Result<AuditRecord> AppendAudit(Store& store, const Clock& clock, const std::string& actor,
                                const AuditChange& change) {
  AuditStore& audits = AuditsOf(store);
  auto last = audits.LastAudit();
  if (!last.ok()) return last.error();
  AuditRecord record;
  record.seq = last->has_value() ? (*last)->seq + 1 : 1;
  record.prev_hash = last->has_value() ? (*last)->hash : AuditGenesis();
  record.recorded_at = UtcText(clock.NowMs());
  record.actor = actor;
  record.use_case = change.use_case;
  record.org_code = change.org_code;
  record.digest = Sha256Hex(change.text);
  record.hash = AuditHash(record);
  if (Status s = audits.InsertAudit(record); !s) return s.error();
  return record;
}

Status RecordChange(Store& store, const Actor& actor, const AuditChange& change) {
  auto record = AppendAudit(store, SystemClock{}, actor.login, change);
  if (!record.ok()) return record.error();
  return {};
}

}  // namespace daihoi::app
