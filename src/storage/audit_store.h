#pragma once
// app::AuditStore over portable SQL (storage/sql.h): migration 11 (audit_records, append-only:
// a trigger on each engine refuses UPDATE and DELETE). SqliteStore and PostgresStore derive from
// it.

#include <functional>
#include <optional>

#include "app/ports/audit_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlAuditStore : public app::AuditStore, public virtual HasSql {
 public:
  Result<std::optional<app::AuditRecord>> LastAudit() override;
  Status InsertAudit(const app::AuditRecord& record) override;
  Status ForEachAudit(const std::function<Status(const app::AuditRecord&)>& fn) override;
  Result<app::Page<app::AuditRecord>> SearchAudit(const app::AuditQuery& query) override;

 protected:
  ~SqlAuditStore() = default;
};

}  // namespace daihoi::storage
