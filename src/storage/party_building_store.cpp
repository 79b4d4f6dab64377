#include "storage/party_building_store.h"

#include <unordered_map>

namespace daihoi::storage {
namespace {

// The WITH clause of a subtree query and the condition on `alias`.org_id: the subtree of `root`
// by the parent links, or every organization when root is empty.
struct Scope {
  std::string with;
  std::string where;  // "1 = 1" or "x.org_id IN (SELECT id FROM subtree)"
  SqlParams params;
};

Result<Scope> ScopeOf(Sql& sql, const std::string& root, const std::string& alias) {
  Scope scope;
  if (root.empty()) {
    scope.where = "1 = 1";
    return scope;
  }
  auto id = sql.OrgId(root);
  if (!id.ok()) return id.error();
  scope.with =
      "WITH RECURSIVE subtree(id) AS (SELECT CAST($1 AS BIGINT) UNION ALL SELECT o.id FROM "
      "organizations o JOIN subtree s ON o.parent_id = s.id) ";
  scope.where = alias + ".org_id IN (SELECT id FROM subtree)";
  scope.params.emplace_back(*id);
  return scope;
}

// Appends "AND <column> <op> $n" with the value as the next parameter.
void And(Scope& scope, const std::string& column, const std::string& op, SqlValue value) {
  scope.params.push_back(std::move(value));
  scope.where += " AND " + column + " " + op + " $" + std::to_string(scope.params.size());
}

Result<bool> Changed(Result<int64_t> changed) {
  if (!changed.ok()) return changed.error();
  return *changed > 0;
}

// Organization ids of the codes, looked up once each; kNotFound for an unknown code.
class OrgIds {
 public:
  explicit OrgIds(Sql& sql) : sql_(sql) {}
  Result<int64_t> Of(const std::string& code) {
    auto it = ids_.find(code);
    if (it != ids_.end()) return it->second;
    auto id = sql_.OrgId(code);
    if (!id.ok()) return id.error();
    ids_.emplace(code, *id);
    return *id;
  }

 private:
  Sql& sql_;
  std::unordered_map<std::string, int64_t> ids_;
};

}  // namespace

Result<std::vector<building::Grade>> SqlPartyBuildingStore::Grades() {
  std::vector<building::Grade> grades;
  Status s = sql().Query(
      "SELECT code, name, rank FROM quality_grades ORDER BY rank", {}, [&](const SqlRow& row) {
        grades.push_back({row.Text(0), row.Text(1), static_cast<int>(row.Int(2))});
      });
  if (!s) return s.error();
  return grades;
}

Result<int64_t> SqlPartyBuildingStore::UpsertRatings(const std::vector<building::Rating>& ratings) {
  int64_t inserted = 0;
  Status s = sql().Transaction([&]() -> Status {
    OrgIds ids(sql());
    for (const building::Rating& r : ratings) {
      auto org_id = ids.Of(r.org_code);
      if (!org_id.ok()) return org_id.error();
      auto existing = sql().FirstInt(
          "SELECT id FROM quality_ratings WHERE year = $1 AND org_id = $2 AND member_id = $3",
          {r.year, *org_id, r.member_id});
      if (!existing.ok()) return existing.error();
      if (*existing) {
        auto changed = sql().Run(
            "UPDATE quality_ratings SET kind = $1, full_name = $2, grade = $3, note = $4, "
            "recorded_at = " +
                sql().NowUtc() + " WHERE id = $5",
            {building::ToString(r.kind), r.full_name, r.grade, r.note, **existing});
        if (!changed.ok()) return changed.error();
        continue;
      }
      auto id = sql().InsertId(
          "INSERT INTO quality_ratings (year, kind, org_id, member_id, full_name, grade, note, "
          "recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, " +
              sql().NowUtc() + ") RETURNING id",
          {r.year, building::ToString(r.kind), *org_id, r.member_id, r.full_name, r.grade, r.note});
      if (!id.ok()) return id.error();
      ++inserted;
    }
    return {};
  });
  if (!s) return s.error();
  return inserted;
}

Result<std::vector<building::Rating>> SqlPartyBuildingStore::Ratings(
    const app::RatingQuery& query) {
  auto scope = ScopeOf(sql(), query.root, "r");
  if (!scope.ok()) return scope.error();
  if (query.year) And(*scope, "r.year", "=", *query.year);
  if (query.kind) And(*scope, "r.kind", "=", building::ToString(*query.kind));
  std::vector<building::Rating> ratings;
  Status s = sql().Query(
      scope->with +
          "SELECT r.year, r.kind, o.code, r.member_id, r.full_name, r.grade, r.note "
          "FROM quality_ratings r JOIN organizations o ON o.id = r.org_id WHERE " +
          scope->where +
          " ORDER BY r.year, CASE r.kind WHEN 'organization' THEN 0 ELSE 1 END, o.code, "
          "r.member_id",
      scope->params, [&](const SqlRow& row) {
        building::Rating r;
        r.year = static_cast<int>(row.Int(0));
        r.kind = building::ParseRatedKind(row.Text(1)).value_or(building::RatedKind::kOrganization);
        r.org_code = row.Text(2);
        r.member_id = row.Text(3);
        r.full_name = row.Text(4);
        r.grade = row.Text(5);
        r.note = row.Text(6);
        ratings.push_back(std::move(r));
      });
  if (!s) return s.error();
  return ratings;
}

Result<std::vector<int64_t>> SqlPartyBuildingStore::AddMovements(
    const std::vector<building::Movement>& movements) {
  std::vector<int64_t> ids;
  Status s = sql().Transaction([&]() -> Status {
    OrgIds orgs(sql());
    for (const building::Movement& m : movements) {
      auto org_id = orgs.Of(m.org_code);
      if (!org_id.ok()) return org_id.error();
      auto id = sql().InsertId(
          "INSERT INTO member_movements (org_id, kind, moved_on, count, member_id, full_name, "
          "note, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, " +
              sql().NowUtc() + ") RETURNING id",
          {*org_id, building::ToString(m.kind), m.on, m.count, m.member_id, m.full_name, m.note});
      if (!id.ok()) return id.error();
      ids.push_back(*id);
    }
    return {};
  });
  if (!s) return s.error();
  return ids;
}

Result<std::vector<app::MovementRecord>> SqlPartyBuildingStore::Movements(
    const app::MovementQuery& query) {
  auto scope = ScopeOf(sql(), query.root, "m");
  if (!scope.ok()) return scope.error();
  if (query.from) And(*scope, "m.moved_on", ">=", *query.from);
  if (query.to) And(*scope, "m.moved_on", "<=", *query.to);
  if (query.kind) And(*scope, "m.kind", "=", building::ToString(*query.kind));
  std::vector<app::MovementRecord> records;
  Status s = sql().Query(
      scope->with +
          "SELECT m.id, o.code, o.name, m.kind, m.moved_on, m.count, m.member_id, m.full_name, "
          "m.note, m.recorded_at FROM member_movements m JOIN organizations o ON o.id = m.org_id "
          "WHERE " +
          scope->where + " ORDER BY m.moved_on, m.id",
      scope->params, [&](const SqlRow& row) {
        app::MovementRecord record;
        record.id = row.Int(0);
        building::Movement& m = record.movement;
        m.org_code = row.Text(1);
        record.org_name = row.Text(2);
        m.kind =
            building::ParseMovementKind(row.Text(3)).value_or(building::MovementKind::kAdmission);
        m.on = row.OptionalDate(4).value_or(Date());
        m.count = row.Int(5);
        m.member_id = row.Text(6);
        m.full_name = row.Text(7);
        m.note = row.Text(8);
        record.recorded_at = row.Text(9);
        records.push_back(std::move(record));
      });
  if (!s) return s.error();
  return records;
}

Result<bool> SqlPartyBuildingStore::RemoveMovement(int64_t id) {
  return Changed(sql().Run("DELETE FROM member_movements WHERE id = $1", {id}));
}

Status SqlPartyBuildingStore::SetAdmissionTarget(const building::AdmissionTarget& target) {
  return sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(target.org_code);
    if (!org_id.ok()) return org_id.error();
    auto changed = sql().Run(
        "INSERT INTO admission_targets (org_id, term, period_from, period_to, target) VALUES "
        "($1, $2, $3, $4, $5) ON CONFLICT (org_id, term) DO UPDATE SET period_from = "
        "excluded.period_from, period_to = excluded.period_to, target = excluded.target",
        {*org_id, target.term, target.from, target.to, target.target});
    if (!changed.ok()) return changed.error();
    return {};
  });
}

Result<std::vector<building::AdmissionTarget>> SqlPartyBuildingStore::AdmissionTargets(
    const std::string& root, const std::string& term) {
  auto scope = ScopeOf(sql(), root, "t");
  if (!scope.ok()) return scope.error();
  if (!term.empty()) And(*scope, "t.term", "=", term);
  std::vector<building::AdmissionTarget> targets;
  Status s = sql().Query(
      scope->with +
          "SELECT o.code, t.term, t.period_from, t.period_to, t.target FROM admission_targets t "
          "JOIN organizations o ON o.id = t.org_id WHERE " +
          scope->where + " ORDER BY t.term, o.path, o.code",
      scope->params, [&](const SqlRow& row) {
        building::AdmissionTarget t;
        t.org_code = row.Text(0);
        t.term = row.Text(1);
        t.from = row.OptionalDate(2).value_or(Date());
        t.to = row.OptionalDate(3).value_or(Date());
        t.target = row.Int(4);
        targets.push_back(std::move(t));
      });
  if (!s) return s.error();
  return targets;
}

Result<std::vector<int64_t>> SqlPartyBuildingStore::AddCommunicationItems(
    const std::vector<building::CommunicationItem>& items) {
  std::vector<int64_t> ids;
  Status s = sql().Transaction([&]() -> Status {
    OrgIds orgs(sql());
    for (const building::CommunicationItem& item : items) {
      auto org_id = orgs.Of(item.org_code);
      if (!org_id.ok()) return org_id.error();
      auto id = sql().InsertId(
          "INSERT INTO communication_items (org_id, kind, published_on, title, link, copies, "
          "note, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, " +
              sql().NowUtc() + ") RETURNING id",
          {*org_id, building::ToString(item.kind), item.on, item.title, item.link, item.copies,
           item.note});
      if (!id.ok()) return id.error();
      ids.push_back(*id);
    }
    return {};
  });
  if (!s) return s.error();
  return ids;
}

Result<std::vector<app::CommunicationRecord>> SqlPartyBuildingStore::CommunicationItems(
    const app::CommunicationQuery& query) {
  auto scope = ScopeOf(sql(), query.root, "c");
  if (!scope.ok()) return scope.error();
  if (query.from) And(*scope, "c.published_on", ">=", *query.from);
  if (query.to) And(*scope, "c.published_on", "<=", *query.to);
  if (query.kind) And(*scope, "c.kind", "=", building::ToString(*query.kind));
  std::vector<app::CommunicationRecord> records;
  Status s = sql().Query(
      scope->with +
          "SELECT c.id, o.code, o.name, c.kind, c.published_on, c.title, c.link, c.copies, "
          "c.note, c.recorded_at FROM communication_items c JOIN organizations o ON o.id = "
          "c.org_id WHERE " +
          scope->where + " ORDER BY c.published_on, c.id",
      scope->params, [&](const SqlRow& row) {
        app::CommunicationRecord record;
        record.id = row.Int(0);
        building::CommunicationItem& item = record.item;
        item.org_code = row.Text(1);
        record.org_name = row.Text(2);
        item.kind = building::ParseCommunicationKind(row.Text(3))
                        .value_or(building::CommunicationKind::kNews);
        item.on = row.OptionalDate(4).value_or(Date());
        item.title = row.Text(5);
        item.link = row.Text(6);
        item.copies = row.Int(7);
        item.note = row.Text(8);
        record.recorded_at = row.Text(9);
        records.push_back(std::move(record));
      });
  if (!s) return s.error();
  return records;
}

Result<bool> SqlPartyBuildingStore::RemoveCommunicationItem(int64_t id) {
  return Changed(sql().Run("DELETE FROM communication_items WHERE id = $1", {id}));
}

}  // namespace daihoi::storage
