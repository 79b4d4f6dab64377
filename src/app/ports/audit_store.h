#pragma once
// The storage port of the audit trail (app/audit.h): append-only records, each hashing its
// predecessor's hash (app/audit_hash.cpp). Implemented over portable SQL by
// storage::SqlAuditStore (migration 11), which both engines' stores derive from.
//
// Records are appended by a use case INSIDE its own Store::InTransaction, so a record commits
// with the change it describes or not at all. The store never updates or deletes a record (the
// engines refuse it with a trigger too); `VerifyAudit` recomputes the chain to catch whoever
// goes around that with direct access to the database.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

struct AuditRecord {
  int64_t seq = 0;          // 1, 2, 3 … without gaps
  std::string recorded_at;  // UTC text with milliseconds
  std::string actor;        // the login (or "cli:USER" for the command line)
  std::string use_case;     // "user.add", "user.grant", …
  std::string org_code;     // the target organization; empty when none
  std::string digest;       // SHA-256 of the change's canonical text
  std::string prev_hash;    // the previous record's hash (AuditGenesis() for seq 1)
  std::string hash;         // AuditHash(*this)
};

struct AuditQuery {
  std::string org_code;  // records of this organization's subtree; empty: all
  std::string actor;     // empty: all
  std::string from;      // UTC text, inclusive; empty: no bound ("2020-06-14" works too)
  std::string to;        // UTC text, exclusive; empty: no bound
  int64_t offset = 0;
  int64_t limit = 1000;
  bool newest_first = false;  // the page's order; the chain's is oldest first
};

class AuditStore {
 public:
  virtual ~AuditStore() = default;

  // The last record (highest seq), nullopt when the trail is empty.
  virtual Result<std::optional<AuditRecord>> LastAudit() = 0;
  // Inserts the record as given (seq and hashes computed by app::AppendAudit). kConflict when
  // its seq exists already (another writer appended first: the caller's transaction fails).
  virtual Status InsertAudit(const AuditRecord& record) = 0;
  // Every record in seq order.
  virtual Status ForEachAudit(const std::function<Status(const AuditRecord&)>& fn) = 0;
  // Matching records in seq order.
  virtual Result<Page<AuditRecord>> SearchAudit(const AuditQuery& query) = 0;
};

// As app::ElectionsOf: the AuditStore of a store that storage::OpenStore opened.
inline AuditStore& AuditsOf(Store& store) { return dynamic_cast<AuditStore&>(store); }

}  // namespace daihoi::app
