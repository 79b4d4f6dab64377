#pragma once
// The audit trail (docs/security.md): every change appends one record — who, when, which use
// case, which organization, a digest of the change — in the same transaction as the change.
// Records are hash-chained: each record's hash covers the previous one's, so a record edited,
// deleted or moved shows when the chain is recomputed (VerifyAudit, `daihoi audit verify`).

#include <cstdint>
#include <optional>
#include <string>

#include "app/accounts.h"
#include "app/ports/audit_store.h"
#include "app/ports/clock.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

// What a use case changed. `text` is the change's canonical text (one "key=value" per line, in a
// fixed order, never a password): only its SHA-256 is kept, so the trail proves what changed
// without copying personal data into it.
struct AuditChange {
  std::string use_case;  // "user.add"
  std::string org_code;  // the target organization; empty when none
  std::string text;
};

// The value seq 1 chains to.
std::string AuditGenesis();

// The record's hash over its canonical text, version 1 (audit_hash.cpp):
//   daihoi-audit/1
//   prev=<prev_hash>
//   seq=<seq>
//   at=<at>
//   actor=<actor>
//   use_case=<use_case>
//   org=<org_code>
//   digest=<digest>
// Values are escaped as digest.h does. A new layout takes a new version; version 1 never changes.
std::string AuditHash(const AuditRecord& record);

// Appends the record of `change` made by `actor`. Call it INSIDE the transaction that makes the
// change (Store::InTransaction): when the change fails, the record goes with it.
Result<AuditRecord> AppendAudit(Store& store, const Clock& clock, const std::string& actor,
                                const AuditChange& change);

// What a writing use case calls inside its transaction: AppendAudit by the actor, at the system
// clock's time.
Status RecordChange(Store& store, const Actor& actor, const AuditChange& change);

enum class AuditProblem {
  kNone,
  kEdited,     // the record's content no longer gives its hash
  kDeleted,    // a seq is missing, or a record does not follow the one before it
  kReordered,  // the record belongs elsewhere in the chain
  kTruncated,  // the expected head is not in the chain (records removed from the end)
};
const char* ToString(AuditProblem problem);  // "edited", "deleted", …

struct AuditCheck {
  int64_t records = 0;
  std::string head;  // the last record's hash; AuditGenesis() when the trail is empty
  AuditProblem problem = AuditProblem::kNone;
  std::optional<int64_t> first_bad_seq;  // the first record found wrong
  std::string message;                   // for a person, Vietnamese then English
};

// Recomputes the whole chain in seq order and names the first record that was edited, deleted
// or reordered. `expected_head`: a head recorded earlier (printed by a previous verify); the
// chain must still contain it, which also catches records removed from the end.
Result<AuditCheck> VerifyAudit(Store& store,
                               const std::optional<std::string>& expected_head = std::nullopt);

// VerifyAudit for a global administrator (kAdminister everywhere; kForbidden otherwise).
Result<AuditCheck> CheckAudit(Store& store, const Actor& actor,
                              const std::optional<std::string>& expected_head = std::nullopt);

// Records matching the query, for an administrator: a global one sees every record; an
// administrator of a subtree must name an organization of it and sees that subtree's records.
Result<Page<AuditRecord>> ListAudit(Store& store, const Actor& actor, const AuditQuery& query);

}  // namespace daihoi::app
