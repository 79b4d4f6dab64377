#include "storage/audit_store.h"

#include <utility>

namespace daihoi::storage {
namespace {

const char* const kAuditColumns =
    "SELECT seq, recorded_at, actor, use_case, org_code, digest, prev_hash, hash FROM "
    "audit_records ";

app::AuditRecord ReadRecord(const SqlRow& row) {
  return {row.Int(0),  row.Text(1), row.Text(2), row.Text(3),
          row.Text(4), row.Text(5), row.Text(6), row.Text(7)};
}

}  // namespace

Result<std::optional<app::AuditRecord>> SqlAuditStore::LastAudit() {
  std::optional<app::AuditRecord> last;
  Status s = sql().Query(std::string(kAuditColumns) + "ORDER BY seq DESC LIMIT 1", {},
                         [&](const SqlRow& row) { last = ReadRecord(row); });
  if (!s) return s.error();
  return last;
}

Status SqlAuditStore::InsertAudit(const app::AuditRecord& record) {
  return sql().Transaction([&]() -> Status {
    auto existing = sql().FirstInt("SELECT seq FROM audit_records WHERE seq = $1", {record.seq});
    if (!existing.ok()) return existing.error();
    if (*existing) {
      return Error(ErrorCode::kConflict, "audit record " + std::to_string(record.seq) +
                                             " exists: another change was recorded first");
    }
    auto inserted = sql().Run(
        "INSERT INTO audit_records (seq, recorded_at, actor, use_case, org_code, digest, "
        "prev_hash, hash) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {record.seq, record.recorded_at, record.actor, record.use_case, record.org_code,
         record.digest, record.prev_hash, record.hash});
    if (!inserted.ok()) return inserted.error();
    return {};
  });
}

Status SqlAuditStore::ForEachAudit(const std::function<Status(const app::AuditRecord&)>& fn) {
  Status failed;
  Status s = sql().Query(std::string(kAuditColumns) + "ORDER BY seq", {}, [&](const SqlRow& row) {
    if (failed) failed = fn(ReadRecord(row));
  });
  if (!s) return s;
  return failed;
}

Result<app::Page<app::AuditRecord>> SqlAuditStore::SearchAudit(const app::AuditQuery& query) {
  // The subtree of the organization by the parent links; records keep the code they were
  // written with, so a record stays readable after its organization is gone.
  const std::string where =
      "WHERE (CAST($1 AS TEXT) = '' OR org_code IN (SELECT code FROM subtree)) "
      "AND (CAST($2 AS TEXT) = '' OR actor = $2) "
      "AND (CAST($3 AS TEXT) = '' OR recorded_at >= $3) "
      "AND (CAST($4 AS TEXT) = '' OR recorded_at < $4) ";
  const std::string with =
      "WITH RECURSIVE subtree(id, code) AS ("
      "SELECT id, code FROM organizations WHERE code = $1 "
      "UNION ALL SELECT o.id, o.code FROM organizations o JOIN subtree s ON o.parent_id = s.id) ";
  const SqlParams params = {query.org_code, query.actor, query.from, query.to};
  app::Page<app::AuditRecord> page;
  auto total = sql().FirstInt(with + "SELECT COUNT(*) FROM audit_records " + where, params);
  if (!total.ok()) return total.error();
  page.total = total->value_or(0);
  SqlParams paged = params;
  paged.emplace_back(query.limit);
  paged.emplace_back(query.offset);
  const std::string order = query.newest_first ? "ORDER BY seq DESC " : "ORDER BY seq ";
  Status s = sql().Query(with + kAuditColumns + where + order + "LIMIT $5 OFFSET $6", paged,
                         [&](const SqlRow& row) { page.items.push_back(ReadRecord(row)); });
  if (!s) return s.error();
  return page;
}

}  // namespace daihoi::storage
