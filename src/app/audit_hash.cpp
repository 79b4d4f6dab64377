// The hash chain of the audit trail (audit.h): each record's hash covers its predecessor's, so no
// record can be changed, removed or moved without the chain showing it.
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/digest.h"

namespace daihoi::app {

std::string AuditGenesis() { return Sha256Hex("daihoi-audit-genesis"); }

std::string AuditHash(const AuditRecord& record) {
  const std::string seq = std::to_string(record.seq);
  return Sha256Hex("daihoi-audit/1\n" + ChangeText({{"prev", record.prev_hash},
                                                    {"seq", seq},
                                                    {"at", record.recorded_at},
                                                    {"actor", record.actor},
                                                    {"use_case", record.use_case},
                                                    {"org", record.org_code},
                                                    {"digest", record.digest}}));
}

const char* ToString(AuditProblem problem) {
  switch (problem) {
    case AuditProblem::kNone:
      return "none";
    case AuditProblem::kEdited:
      return "edited";
    case AuditProblem::kDeleted:
      return "deleted";
    case AuditProblem::kReordered:
      return "reordered";
    case AuditProblem::kTruncated:
      return "truncated";
  }
  return "none";
}

}  // namespace daihoi::app
