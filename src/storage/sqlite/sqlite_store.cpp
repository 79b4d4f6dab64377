#include "storage/sqlite/sqlite_store.h"

#include <sqlite3.h>

#include <cstring>
#include <exception>
#include <mutex>
#include <set>
#include <unordered_map>
#include <utility>
#include <variant>

#include "storage/migrations/migrations.h"
#include "storage/org_upsert.h"
#include "storage/tree_rows.h"
#include "text/text.h"

namespace daihoi::storage {
namespace {

struct Blob {
  std::string bytes;
};
using Param = std::variant<std::nullptr_t, int64_t, std::string, Blob>;
using Params = std::vector<Param>;

Param OptionalDate(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return date->ToIso();
}

std::string ColumnText(sqlite3_stmt* stmt, int column) {
  const unsigned char* text = sqlite3_column_text(stmt, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(stmt, column)));
}

std::optional<int64_t> ColumnOptionalInt(sqlite3_stmt* stmt, int column) {
  if (sqlite3_column_type(stmt, column) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_int64(stmt, column);
}

std::optional<Date> ColumnDate(sqlite3_stmt* stmt, int column) {
  if (sqlite3_column_type(stmt, column) == SQLITE_NULL) return std::nullopt;
  return Date::Parse(ColumnText(stmt, column));
}

// The `vi` collation: ICU Vietnamese order (text::Compare), on every connection.
int VietnameseCollation(void*, int a_size, const void* a, int b_size, const void* b) {
  std::string_view left(static_cast<const char*>(a), static_cast<size_t>(a_size));
  std::string_view right(static_cast<const char*>(b), static_cast<size_t>(b_size));
  try {
    return text::Compare(left, right);
  } catch (const std::exception&) {
    return left.compare(right);
  }
}

// Session tables for ApplyOrgLoad (org_upsert.h).
constexpr const char* kSessionTables = R"sql(
CREATE TEMP TABLE IF NOT EXISTS org_load (
  seq INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent_code TEXT NOT NULL,
  category TEXT NOT NULL,
  stated_members INTEGER,
  search_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS temp.org_load_code ON org_load (code);
CREATE TEMP TABLE IF NOT EXISTS org_pending (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS org_ready (id INTEGER PRIMARY KEY);
)sql";

constexpr const char* kOrgSelect =
    "SELECT o.id, o.parent_id, o.code, o.name, o.level, COALESCE(p.code, ''), o.category, "
    "o.stated_members FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id";

OrgRow ReadOrgRow(sqlite3_stmt* stmt) {
  OrgRow row;
  row.id = sqlite3_column_int64(stmt, 0);
  row.parent_id = ColumnOptionalInt(stmt, 1);
  row.organization.code = ColumnText(stmt, 2);
  row.organization.name = ColumnText(stmt, 3);
  row.organization.level = ColumnText(stmt, 4);
  row.organization.parent_code = ColumnText(stmt, 5);
  row.organization.category = ColumnText(stmt, 6);
  row.organization.members = ColumnOptionalInt(stmt, 7);
  return row;
}

constexpr const char* kMemberSelect =
    "SELECT m.id, m.full_name, m.gender, m.birth_date, m.party_join_date, m.full_member_date, "
    "o.code, m.status FROM members m JOIN organizations o ON o.id = m.org_id";

org::Member ReadMember(sqlite3_stmt* stmt) {
  org::Member member;
  member.id = ColumnText(stmt, 0);
  member.full_name = ColumnText(stmt, 1);
  member.gender = ColumnText(stmt, 2);
  member.birth_date = ColumnDate(stmt, 3);
  member.party_join_date = ColumnDate(stmt, 4);
  member.full_member_date = ColumnDate(stmt, 5);
  member.org_code = ColumnText(stmt, 6);
  member.status = org::ParseMemberStatus(ColumnText(stmt, 7)).value_or(org::MemberStatus::kFull);
  return member;
}

constexpr const char* kCongressSelect =
    "SELECT o.code, c.term, c.ordinal, c.kind, c.pilot, c.planned_start, c.planned_end, "
    "c.held_start, c.held_end FROM congresses c JOIN organizations o ON o.id = c.org_id";

planning::Congress ReadCongress(sqlite3_stmt* stmt) {
  planning::Congress congress;
  congress.org_code = ColumnText(stmt, 0);
  congress.term = ColumnText(stmt, 1);
  congress.ordinal = static_cast<int>(sqlite3_column_int64(stmt, 2));
  congress.kind =
      planning::ParseCongressKind(ColumnText(stmt, 3)).value_or(planning::CongressKind::kMembers);
  congress.pilot = sqlite3_column_int64(stmt, 4) != 0;
  congress.planned_start = ColumnDate(stmt, 5);
  congress.planned_end = ColumnDate(stmt, 6);
  congress.held_start = ColumnDate(stmt, 7);
  congress.held_end = ColumnDate(stmt, 8);
  return congress;
}

// Invariants: every method holds mu_ for its whole duration (the connection is used by one
// thread at a time; InTransaction's fn may call back into the store, hence a recursive mutex);
// depth_ counts open transaction levels (0: none, 1: BEGIN, >1: savepoints).
class SqliteStore final : public app::Store, private SqlRunner {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override {
    for (auto& entry : cache_) sqlite3_finalize(entry.second);
    sqlite3_close_v2(db_);
  }

  Status Init() {
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 10000);
    if (sqlite3_create_collation_v2(db_, "vi", SQLITE_UTF8, nullptr, VietnameseCollation,
                                    nullptr) != SQLITE_OK) {
      return Fail("registering the vi collation");
    }
    if (auto s = ExecScript(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
        !s) {
      return s;
    }
    if (auto s = Migrate(); !s) return s;
    return ExecScript(kSessionTables);
  }

  Status InTransaction(const std::function<Status()>& fn) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kUser, fn);
  }

  Result<std::vector<org::Level>> Levels() override {
    std::lock_guard lock(mu_);
    std::vector<org::Level> levels;
    auto s = Query("SELECT code, name, rank FROM levels ORDER BY rank, code", {},
                   [&](sqlite3_stmt* stmt) {
                     levels.push_back({ColumnText(stmt, 0), ColumnText(stmt, 1),
                                       static_cast<int>(sqlite3_column_int64(stmt, 2))});
                   });
    if (!s) return s.error();
    return levels;
  }

  Status UpsertLevels(const std::vector<org::Level>& levels) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      for (const auto& level : levels) {
        if (auto s = Run("INSERT INTO levels (code, name, rank) VALUES (?, ?, ?) "
                         "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                         "rank = excluded.rank",
                         {level.code, level.name, static_cast<int64_t>(level.rank)});
            !s) {
          return s;
        }
      }
      return {};
    });
  }

  Status UpsertOrganizations(const std::vector<org::Organization>& orgs) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      for (const char* clear :
           {"DELETE FROM org_load", "DELETE FROM org_pending", "DELETE FROM org_ready"}) {
        if (auto s = Run(clear, {}); !s) return s;
      }
      int64_t seq = 0;
      for (const auto& organization : orgs) {
        Param members = nullptr;
        if (organization.members) members = *organization.members;
        if (auto s = Run("INSERT INTO org_load (seq, code, name, level, parent_code, category, "
                         "stated_members, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         {++seq, organization.code, organization.name, organization.level,
                          organization.parent_code, organization.category, members,
                          OrgSearchKey(organization)});
            !s) {
          return s;
        }
      }
      return ApplyOrgLoad(*this);
    });
  }

  Result<std::optional<org::Organization>> FindOrganization(const std::string& code) override {
    std::lock_guard lock(mu_);
    std::optional<org::Organization> found;
    auto s = Query(std::string(kOrgSelect) + " WHERE o.code = ?", {code},
                   [&](sqlite3_stmt* stmt) { found = ReadOrgRow(stmt).organization; });
    if (!s) return s.error();
    return found;
  }

  Result<std::vector<org::Organization>> AllOrganizations() override {
    std::lock_guard lock(mu_);
    return DepthFirstWhere("", {});
  }

  Result<std::vector<org::Organization>> Roots() override {
    std::lock_guard lock(mu_);
    return DepthFirstWhere(" WHERE o.parent_id IS NULL", {});
  }

  Result<app::Page<org::Organization>> SearchOrganizations(const app::OrgQuery& query) override {
    std::lock_guard lock(mu_);
    std::string where = " WHERE 1 = 1";
    Params params;
    if (!query.root.empty()) {
      auto path = PathOf(query.root);
      if (!path.ok()) return path.error();
      where += " AND o.path >= ? AND o.path < ?";
      params.push_back(*path);
      params.push_back(PathUpper(*path));
    }
    if (!query.parent.empty()) {
      auto path = PathOf(query.parent);
      if (!path.ok()) return path.error();
      where += " AND o.parent_id = (SELECT id FROM organizations WHERE code = ?)";
      params.push_back(query.parent);
    }
    if (!query.text.empty()) {
      where += " AND instr(o.search_key, ?) > 0";
      params.push_back(text::Fold(query.text));
    }
    if (!query.level.empty()) {
      where += " AND o.level = ?";
      params.push_back(query.level);
    }
    app::Page<org::Organization> page;
    auto counted = Query("SELECT count(*) FROM organizations o" + where, params,
                         [&](sqlite3_stmt* stmt) { page.total = sqlite3_column_int64(stmt, 0); });
    if (!counted) return counted.error();
    params.push_back(std::max<int64_t>(query.limit, 0));
    params.push_back(std::max<int64_t>(query.offset, 0));
    auto listed = Query(
        std::string(kOrgSelect) + where + " ORDER BY o.name COLLATE vi, o.code LIMIT ? OFFSET ?",
        params, [&](sqlite3_stmt* stmt) { page.items.push_back(ReadOrgRow(stmt).organization); });
    if (!listed) return listed.error();
    return page;
  }

  Result<std::vector<org::Organization>> Subtree(const std::string& root) override {
    std::lock_guard lock(mu_);
    auto path = PathOf(root);
    if (!path.ok()) return path.error();
    return DepthFirstWhere(" WHERE o.path >= ? AND o.path < ?", {*path, PathUpper(*path)});
  }

  Result<std::vector<org::Organization>> Ancestors(const std::string& code) override {
    std::lock_guard lock(mu_);
    auto path = PathOf(code);
    if (!path.ok()) return path.error();
    std::vector<org::Organization> out;
    auto s = Query(
        "WITH RECURSIVE up (id, depth) AS ("
        " SELECT parent_id, 1 FROM organizations WHERE code = ? AND parent_id IS NOT NULL"
        " UNION ALL SELECT o.parent_id, up.depth + 1 FROM up JOIN organizations o ON o.id = up.id"
        " WHERE o.parent_id IS NOT NULL) " +
            std::string(kOrgSelect) + " JOIN up ON up.id = o.id ORDER BY up.depth",
        {code}, [&](sqlite3_stmt* stmt) { out.push_back(ReadOrgRow(stmt).organization); });
    if (!s) return s.error();
    return out;
  }

  Result<std::vector<org::LevelCount>> CountsPerLevel(const std::string& root) override {
    std::lock_guard lock(mu_);
    std::vector<org::LevelCount> out;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      std::string range;
      Params params;
      if (!root.empty()) {
        auto path = PathOf(root);
        if (!path.ok()) return path.error();
        range = " WHERE path >= ? AND path < ?";
        params = {*path, PathUpper(*path)};
      }
      std::vector<CountRow> rows;
      if (auto q =
              Query("SELECT id, parent_id, level, stated_members FROM organizations" + range +
                        " ORDER BY path",
                    params,
                    [&](sqlite3_stmt* stmt) {
                      rows.push_back({sqlite3_column_int64(stmt, 0), ColumnOptionalInt(stmt, 1),
                                      ColumnText(stmt, 2), ColumnOptionalInt(stmt, 3)});
                    });
          !q) {
        return q;
      }
      std::unordered_map<int64_t, RegistryCount> registry;
      std::string members_sql =
          "SELECT org_id, sum(status = 'full'), count(*) FROM members" +
          (root.empty() ? std::string()
                        : " WHERE org_id IN (SELECT id FROM organizations" + range + ")") +
          " GROUP BY org_id";
      if (auto q = Query(members_sql, params,
                         [&](sqlite3_stmt* stmt) {
                           registry[sqlite3_column_int64(stmt, 0)] = {
                               sqlite3_column_int64(stmt, 1), sqlite3_column_int64(stmt, 2)};
                         });
          !q) {
        return q;
      }
      std::vector<org::Level> levels;
      if (auto q = Query("SELECT code, name, rank FROM levels", {},
                         [&](sqlite3_stmt* stmt) {
                           levels.push_back({ColumnText(stmt, 0), ColumnText(stmt, 1),
                                             static_cast<int>(sqlite3_column_int64(stmt, 2))});
                         });
          !q) {
        return q;
      }
      out = RollUpCounts(rows, registry, levels);
      return {};
    });
    if (!s) return s.error();
    return out;
  }

  Status UpsertMembers(const std::vector<org::Member>& members) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      std::unordered_map<std::string, int64_t> org_ids;
      for (const auto& member : members) {
        auto it = org_ids.find(member.org_code);
        if (it == org_ids.end()) {
          std::optional<int64_t> id;
          if (auto q = Query("SELECT id FROM organizations WHERE code = ?", {member.org_code},
                             [&](sqlite3_stmt* stmt) { id = sqlite3_column_int64(stmt, 0); });
              !q) {
            return q;
          }
          if (!id) {
            return InvalidInput(
                "member '" + member.id + "': unknown organization '" + member.org_code + "'",
                "org_code");
          }
          it = org_ids.emplace(member.org_code, *id).first;
        }
        if (auto s =
                Run("INSERT INTO members (id, full_name, search_key, name_order_key, gender, "
                    "birth_date, party_join_date, full_member_date, org_id, status) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "full_name = excluded.full_name, search_key = excluded.search_key, "
                    "name_order_key = excluded.name_order_key, gender = excluded.gender, "
                    "birth_date = excluded.birth_date, party_join_date = excluded.party_join_date, "
                    "full_member_date = excluded.full_member_date, org_id = excluded.org_id, "
                    "status = excluded.status",
                    {member.id, member.full_name, MemberSearchKey(member),
                     Blob{text::NameOrderKey(member.full_name)}, member.gender,
                     OptionalDate(member.birth_date), OptionalDate(member.party_join_date),
                     OptionalDate(member.full_member_date), it->second,
                     std::string(org::ToString(member.status))});
            !s) {
          return s;
        }
      }
      return {};
    });
  }

  Result<app::Page<org::Member>> SearchMembers(const app::MemberQuery& query) override {
    std::lock_guard lock(mu_);
    std::string where = " WHERE 1 = 1";
    Params params;
    if (!query.root.empty()) {
      auto path = PathOf(query.root);
      if (!path.ok()) return path.error();
      where += " AND o.path >= ? AND o.path < ?";
      params.push_back(*path);
      params.push_back(PathUpper(*path));
    }
    if (!query.text.empty()) {
      where += " AND instr(m.search_key, ?) > 0";
      params.push_back(text::Fold(query.text));
    }
    if (query.status) {
      where += " AND m.status = ?";
      params.push_back(std::string(org::ToString(*query.status)));
    }
    app::Page<org::Member> page;
    auto counted =
        Query("SELECT count(*) FROM members m JOIN organizations o ON o.id = m.org_id" + where,
              params, [&](sqlite3_stmt* stmt) { page.total = sqlite3_column_int64(stmt, 0); });
    if (!counted) return counted.error();
    params.push_back(std::max<int64_t>(query.limit, 0));
    params.push_back(std::max<int64_t>(query.offset, 0));
    // R-ORDER: given name, family name, middle names (the stored key), then birth date, then id.
    auto listed =
        Query(std::string(kMemberSelect) + where +
                  " ORDER BY m.name_order_key, m.birth_date NULLS LAST, m.id "
                  "LIMIT ? OFFSET ?",
              params, [&](sqlite3_stmt* stmt) { page.items.push_back(ReadMember(stmt)); });
    if (!listed) return listed.error();
    return page;
  }

  Status ForEachMember(const std::string& root,
                       const std::function<void(const org::Member&)>& fn) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kRead, [&]() -> Status {
      std::string sql = kMemberSelect;
      Params params;
      if (!root.empty()) {
        auto path = PathOf(root);
        if (!path.ok()) return path.error();
        sql += " WHERE o.path >= ? AND o.path < ?";
        params = {*path, PathUpper(*path)};
      }
      sql += " ORDER BY m.id";
      // Not from the cache: fn may call back into the store while this statement is open.
      sqlite3_stmt* stmt = nullptr;
      if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        return Fail("preparing the member stream");
      }
      std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owned(stmt, sqlite3_finalize);
      if (auto s = Bind(stmt, params); !s) return s;
      while (true) {
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) return {};
        if (rc != SQLITE_ROW) return Fail("reading members");
        fn(ReadMember(stmt));
      }
    });
  }

  Result<std::vector<std::string>> ExistingMemberIds(const std::vector<std::string>& ids) override {
    std::lock_guard lock(mu_);
    std::vector<std::string> found;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      for (const auto& id : ids) {
        if (auto q = Query("SELECT id FROM members WHERE id = ?", {id},
                           [&](sqlite3_stmt* stmt) { found.push_back(ColumnText(stmt, 0)); });
            !q) {
          return q;
        }
      }
      return {};
    });
    if (!s) return s.error();
    return found;
  }

  Status UpsertCongresses(const std::vector<planning::Congress>& congresses) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      for (const auto& congress : congresses) {
        std::optional<int64_t> org_id;
        if (auto q = Query("SELECT id FROM organizations WHERE code = ?", {congress.org_code},
                           [&](sqlite3_stmt* stmt) { org_id = sqlite3_column_int64(stmt, 0); });
            !q) {
          return q;
        }
        if (!org_id) {
          return InvalidInput(
              "congress " + congress.term + ": unknown organization '" + congress.org_code + "'",
              "org_code");
        }
        if (auto s =
                Run("INSERT INTO congresses (org_id, term, ordinal, kind, pilot, planned_start, "
                    "planned_end, held_start, held_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (org_id, term) DO UPDATE SET ordinal = excluded.ordinal, "
                    "kind = excluded.kind, pilot = excluded.pilot, "
                    "planned_start = excluded.planned_start, planned_end = excluded.planned_end, "
                    "held_start = excluded.held_start, held_end = excluded.held_end",
                    {*org_id, congress.term, static_cast<int64_t>(congress.ordinal),
                     std::string(planning::ToString(congress.kind)),
                     static_cast<int64_t>(congress.pilot ? 1 : 0),
                     OptionalDate(congress.planned_start), OptionalDate(congress.planned_end),
                     OptionalDate(congress.held_start), OptionalDate(congress.held_end)});
            !s) {
          return s;
        }
      }
      return {};
    });
  }

  Result<std::vector<planning::Congress>> Congresses(const std::string& root) override {
    std::lock_guard lock(mu_);
    std::string sql = kCongressSelect;
    Params params;
    if (!root.empty()) {
      auto path = PathOf(root);
      if (!path.ok()) return path.error();
      sql += " WHERE o.path >= ? AND o.path < ?";
      params = {*path, PathUpper(*path)};
    }
    sql += " ORDER BY o.code, c.term";
    std::vector<planning::Congress> out;
    auto s = Query(sql, params, [&](sqlite3_stmt* stmt) { out.push_back(ReadCongress(stmt)); });
    if (!s) return s.error();
    return out;
  }

  Result<int64_t> SaveAllocation(const app::AllocationRecord& allocation) override {
    std::lock_guard lock(mu_);
    int64_t id = 0;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      std::optional<int64_t> org_id;
      if (auto q = Query("SELECT id FROM organizations WHERE code = ?", {allocation.org_code},
                         [&](sqlite3_stmt* stmt) { org_id = sqlite3_column_int64(stmt, 0); });
          !q) {
        return q;
      }
      if (!org_id) {
        return InvalidInput("allocation: unknown organization '" + allocation.org_code + "'",
                            "org_code");
      }
      if (auto r = Run("INSERT INTO allocations (org_id, term, method, seats, minimum, as_of, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       {*org_id, allocation.term, allocation.method, allocation.seats,
                        allocation.minimum, allocation.as_of.ToIso()});
          !r) {
        return r;
      }
      id = sqlite3_last_insert_rowid(db_);
      int64_t position = 0;
      for (const auto& unit : allocation.units) {
        Param minimum = nullptr;
        if (unit.minimum) minimum = *unit.minimum;
        if (auto r = Run("INSERT INTO allocation_units (allocation_id, position, org_code, name, "
                         "members, member_source, minimum, weight, seats, set_aside, quota_num, "
                         "quota_den) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         {id, position++, unit.org_code, unit.name, unit.members,
                          std::string(app::ToString(unit.source)), minimum, unit.weight,
                          unit.seats, static_cast<int64_t>(unit.set_aside ? 1 : 0),
                          unit.quota_num, unit.quota_den});
            !r) {
          return r;
        }
      }
      return {};
    });
    if (!s) return s.error();
    return id;
  }

  Result<std::vector<app::AllocationRecord>> Allocations(const std::string& org_code) override {
    std::lock_guard lock(mu_);
    std::vector<app::AllocationRecord> out;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      auto path = PathOf(org_code);
      if (!path.ok()) return path.error();
      return ReadAllocations(" WHERE o.code = ? ORDER BY a.id DESC", {org_code}, out);
    });
    if (!s) return s.error();
    return out;
  }

  Result<std::optional<app::AllocationRecord>> FindAllocation(int64_t id) override {
    std::lock_guard lock(mu_);
    std::vector<app::AllocationRecord> out;
    auto s = Tx(TxKind::kRead,
                [&]() -> Status { return ReadAllocations(" WHERE a.id = ?", {id}, out); });
    if (!s) return s.error();
    if (out.empty()) return std::optional<app::AllocationRecord>();
    return std::optional<app::AllocationRecord>(std::move(out.front()));
  }

 private:
  // Allocations matching `where` (with their units), in the order it gives.
  Status ReadAllocations(const std::string& where, const Params& params,
                         std::vector<app::AllocationRecord>& out) {
    auto s = Query(
        "SELECT a.id, o.code, a.term, a.method, a.seats, a.minimum, a.as_of, a.created_at "
        "FROM allocations a JOIN organizations o ON o.id = a.org_id" +
            where,
        params, [&](sqlite3_stmt* stmt) {
          app::AllocationRecord record;
          record.id = sqlite3_column_int64(stmt, 0);
          record.org_code = ColumnText(stmt, 1);
          record.term = ColumnText(stmt, 2);
          record.method = ColumnText(stmt, 3);
          record.seats = sqlite3_column_int64(stmt, 4);
          record.minimum = sqlite3_column_int64(stmt, 5);
          record.as_of = ColumnDate(stmt, 6).value_or(Date());
          record.created_at = ColumnText(stmt, 7);
          out.push_back(std::move(record));
        });
    if (!s) return s;
    for (auto& record : out) {
      auto u = Query(
          "SELECT org_code, name, members, member_source, minimum, weight, seats, set_aside, "
          "quota_num, quota_den FROM allocation_units WHERE allocation_id = ? ORDER BY position",
          {record.id}, [&](sqlite3_stmt* stmt) {
            app::AllocationUnit unit;
            unit.org_code = ColumnText(stmt, 0);
            unit.name = ColumnText(stmt, 1);
            unit.members = sqlite3_column_int64(stmt, 2);
            unit.source =
                app::ParseMemberSource(ColumnText(stmt, 3)).value_or(app::MemberSource::kStated);
            unit.minimum = ColumnOptionalInt(stmt, 4);
            unit.weight = ColumnText(stmt, 5);
            unit.seats = sqlite3_column_int64(stmt, 6);
            unit.set_aside = sqlite3_column_int64(stmt, 7) != 0;
            unit.quota_num = ColumnText(stmt, 8);
            unit.quota_den = ColumnText(stmt, 9);
            record.units.push_back(std::move(unit));
          });
      if (!u) return u;
    }
    return {};
  }

  Error Fail(const std::string& what) {
    return StorageError("SQLite, " + what + ": " + sqlite3_errmsg(db_));
  }

  Status ExecScript(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message != nullptr ? message : sqlite3_errmsg(db_);
      sqlite3_free(message);
      return StorageError("SQLite: " + text);
    }
    return {};
  }

  // A cached prepared statement, reset and with its bindings cleared.
  Result<sqlite3_stmt*> Prepare(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
      sqlite3_reset(it->second);
      sqlite3_clear_bindings(it->second);
      return it->second;
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK) {
      return Fail("preparing \"" + sql + "\"");
    }
    cache_.emplace(sql, stmt);
    return stmt;
  }

  Status Bind(sqlite3_stmt* stmt, const Params& params) {
    int position = 0;
    for (const Param& param : params) {
      ++position;
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::nullptr_t>(param)) {
        rc = sqlite3_bind_null(stmt, position);
      } else if (const auto* number = std::get_if<int64_t>(&param)) {
        rc = sqlite3_bind_int64(stmt, position, *number);
      } else if (const auto* text = std::get_if<std::string>(&param)) {
        rc = sqlite3_bind_text64(stmt, position, text->data(), text->size(), SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
      } else {
        const auto& blob = std::get<Blob>(param);
        rc = sqlite3_bind_blob64(stmt, position, blob.bytes.data(), blob.bytes.size(),
                                 SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) return Fail("binding parameter " + std::to_string(position));
    }
    return {};
  }

  template <class RowFn>
  Status Query(const std::string& sql, const Params& params, RowFn&& on_row) {
    auto stmt = Prepare(sql);
    if (!stmt.ok()) return stmt.error();
    if (auto s = Bind(*stmt, params); !s) return s;
    while (true) {
      int rc = sqlite3_step(*stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Error error = Fail("running \"" + sql + "\"");
        sqlite3_reset(*stmt);
        return error;
      }
      on_row(*stmt);
    }
    sqlite3_reset(*stmt);
    return {};
  }

  Status Run(const std::string& sql, const Params& params) {
    return Query(sql, params, [](sqlite3_stmt*) {});
  }

  // SqlRunner, for ApplyOrgLoad.
  Result<int64_t> Execute(const std::string& sql) override {
    if (auto s = Run(sql, {}); !s) return s.error();
    return static_cast<int64_t>(sqlite3_changes64(db_));
  }
  Result<std::optional<std::string>> FirstText(const std::string& sql) override {
    std::optional<std::string> first;
    auto s = Query(sql, {}, [&](sqlite3_stmt* stmt) {
      if (!first) first = ColumnText(stmt, 0);
    });
    if (!s) return s.error();
    return first;
  }

  // kUser: InTransaction, a savepoint when nested, so an inner failure undoes only its part.
  // kWrite: a batch write method. Nested in a transaction it opens no savepoint: every statement
  // run inside an open SQLite savepoint pays for the savepoint's whole journal, which makes a
  // large import inside InTransaction quadratic. Instead a failed nested write poisons the
  // enclosing transaction, which then rolls back whatever fn returns (all-or-nothing batches).
  // kRead: reads that want one snapshot; nested, they simply join the transaction.
  enum class TxKind { kUser, kWrite, kRead };

  // Runs fn in a transaction (depth 0) or nested as its kind says. Writers take the write lock at
  // BEGIN (IMMEDIATE) so that two writers wait on the busy timeout instead of deadlocking.
  Status Tx(TxKind kind, const std::function<Status()>& fn) {
    const bool outer = depth_ == 0;
    if (!outer && kind != TxKind::kUser) {
      // Joins the enclosing transaction.
      ++depth_;
      Status result;
      try {
        result = fn();
      } catch (...) {
        --depth_;
        if (kind == TxKind::kWrite && !poison_) {
          poison_ = Error(ErrorCode::kInternal, "a write failed with an exception");
        }
        throw;
      }
      --depth_;
      if (!result && kind == TxKind::kWrite && !poison_) poison_ = result.error();
      return result;
    }
    const std::string name = "sp" + std::to_string(depth_);
    if (outer) poison_.reset();
    const bool poisoned_before = poison_.has_value();
    const std::string begin =
        outer ? (kind == TxKind::kRead ? "BEGIN" : "BEGIN IMMEDIATE") : "SAVEPOINT " + name;
    if (auto s = ExecScript(begin.c_str()); !s) return s;
    ++depth_;
    Status result;
    try {
      result = fn();
    } catch (...) {
      --depth_;
      Rollback(outer, name);
      if (!poisoned_before) poison_.reset();
      throw;
    }
    --depth_;
    const bool poisoned_here = poison_.has_value() && !poisoned_before;
    if (!result || poisoned_here) {
      Rollback(outer, name);
      Error error = result ? *poison_ : result.error();
      if (poisoned_here) poison_.reset();
      return error;
    }
    const std::string end = outer ? "COMMIT" : "RELEASE " + name;
    if (auto s = ExecScript(end.c_str()); !s) {
      Rollback(outer, name);
      return s;
    }
    return {};
  }

  void Rollback(bool outer, const std::string& savepoint) {
    // Statements still stepping would make ROLLBACK fail: reset them all first.
    for (auto& entry : cache_) sqlite3_reset(entry.second);
    if (outer) {
      (void)ExecScript("ROLLBACK");
    } else {
      (void)ExecScript(("ROLLBACK TO " + savepoint + "; RELEASE " + savepoint).c_str());
    }
  }

  Result<std::string> PathOf(const std::string& code) {
    std::optional<std::string> path;
    auto s = Query("SELECT path FROM organizations WHERE code = ?", {code},
                   [&](sqlite3_stmt* stmt) { path = ColumnText(stmt, 0); });
    if (!s) return s.error();
    if (!path) return NotFound("organization '" + code + "' not found");
    return *path;
  }

  Result<std::vector<org::Organization>> DepthFirstWhere(const std::string& where,
                                                         const Params& params) {
    std::vector<OrgRow> rows;
    auto s = Query(std::string(kOrgSelect) + where + " ORDER BY o.path", params,
                   [&](sqlite3_stmt* stmt) { rows.push_back(ReadOrgRow(stmt)); });
    if (!s) return s.error();
    return DepthFirst(std::move(rows));
  }

  Status Migrate() {
    if (auto s =
            ExecScript("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        !s) {
      return s;
    }
    return Tx(TxKind::kWrite, [&]() -> Status {
      std::set<int64_t> applied;
      if (auto q =
              Query("SELECT version FROM schema_migrations", {},
                    [&](sqlite3_stmt* stmt) { applied.insert(sqlite3_column_int64(stmt, 0)); });
          !q) {
        return q;
      }
      const auto& migrations = SqliteMigrations();
      std::set<int64_t> known;
      for (const auto& migration : migrations) known.insert(migration.version);
      for (int64_t version : applied) {
        if (!known.count(version)) {
          return StorageError("the database has schema migration " + std::to_string(version) +
                              ", unknown to this daihoi (it knows up to " +
                              std::to_string(migrations.back().version) +
                              "): it was written by a newer version");
        }
      }
      for (const auto& migration : migrations) {
        if (applied.count(migration.version)) continue;
        if (auto s = ExecScript(migration.sql); !s) {
          return StorageError("migration " + std::to_string(migration.version) + " (" +
                              migration.name + "): " + s.error().message);
        }
        if (auto s = Run("INSERT INTO schema_migrations (version, name, applied_at) "
                         "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                         {static_cast<int64_t>(migration.version), std::string(migration.name)});
            !s) {
          return s;
        }
        if (migration.version == 1) {
          // The one source of the out-of-the-box levels is org::DefaultLevels().
          for (const auto& level : org::DefaultLevels()) {
            if (auto s = Run("INSERT INTO levels (code, name, rank) VALUES (?, ?, ?)",
                             {level.code, level.name, static_cast<int64_t>(level.rank)});
                !s) {
              return s;
            }
          }
        }
      }
      return {};
    });
  }

  sqlite3* db_;
  std::recursive_mutex mu_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  int depth_ = 0;
  std::optional<Error> poison_;  // a nested write failed: the outer transaction must roll back
};

}  // namespace

Result<std::unique_ptr<app::Store>> OpenSqliteStore(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return StorageError("SQLite, opening '" + path + "': " + message);
  }
  auto store = std::make_unique<SqliteStore>(db);
  if (auto s = store->Init(); !s) return s.error();
  return std::unique_ptr<app::Store>(std::move(store));
}

}  // namespace daihoi::storage
