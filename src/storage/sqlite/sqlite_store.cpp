#include "storage/sqlite/sqlite_store.h"

#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>
#include <set>
#include <unordered_map>
#include <utility>
#include <variant>

#include "app/ports/election_store.h"
#include "storage/election_import.h"
#include "storage/election_rules.h"
#include "storage/migrations/migrations.h"
#include "storage/org_upsert.h"
#include "storage/result_store.h"
#include "storage/inspection_store.h"
#include "storage/plan_store.h"
#include "storage/nomination_store.h"
#include "storage/sql.h"
#include "storage/personnel_store.h"
#include "storage/document_store.h"
#include "storage/party_building_store.h"
#include "storage/change_marker_store.h"
#include "storage/account_store.h"
#include "storage/audit_store.h"
#include "storage/group_store.h"
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

std::string_view ColumnView(sqlite3_stmt* stmt, int column) {
  const unsigned char* text = sqlite3_column_text(stmt, column);
  if (text == nullptr) return {};
  return {reinterpret_cast<const char*>(text),
          static_cast<size_t>(sqlite3_column_bytes(stmt, column))};
}

std::optional<Date> ColumnDate(sqlite3_stmt* stmt, int column) {
  if (sqlite3_column_type(stmt, column) == SQLITE_NULL) return std::nullopt;
  return Date::Parse(ColumnView(stmt, column));
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
  search_key TEXT NOT NULL,
  name_key BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS temp.org_load_code ON org_load (code);
CREATE TEMP TABLE IF NOT EXISTS org_pending (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS org_ready (id INTEGER PRIMARY KEY);
)sql";

constexpr const char* kOrgSelect =
    "SELECT o.id, o.parent_id, o.code, o.name, o.level, COALESCE(p.code, ''), o.category, "
    "o.stated_members FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id";

// The tree's rows for DepthFirst: no join for the parent's code, which DepthFirst takes from the
// parent's row; only the row whose code is ?1 (a subtree's root, whose parent lies outside)
// looks its parent up. Column 8 is the stored name key.
constexpr const char* kOrgTreeSelect =
    "SELECT o.id, o.parent_id, o.code, o.name, o.level, CASE WHEN o.code = ?1 THEN "
    "COALESCE((SELECT p.code FROM organizations p WHERE p.id = o.parent_id), '') ELSE '' END, "
    "o.category, o.stated_members, o.name_key FROM organizations o";

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
      planning::ParseCongressKind(ColumnView(stmt, 3)).value_or(planning::CongressKind::kMembers);
  congress.pilot = sqlite3_column_int64(stmt, 4) != 0;
  congress.planned_start = ColumnDate(stmt, 5);
  congress.planned_end = ColumnDate(stmt, 6);
  congress.held_start = ColumnDate(stmt, 7);
  congress.held_end = ColumnDate(stmt, 8);
  return congress;
}

// Ex officio first (by id), then delegations by unit code, officials before alternates, rank.
constexpr const char* kRollEntrySelect =
    "SELECT id, role, full_name, member_id, gender, birth_date, unit_code, rank "
    "FROM roll_entries WHERE org_id = ? AND term = ? "
    "ORDER BY role <> 'ex_officio', CASE WHEN role = 'ex_officio' THEN id ELSE 0 END, unit_code, "
    "role <> 'official', rank, id";

app::RollEntry ReadRollEntry(sqlite3_stmt* stmt) {
  app::RollEntry entry;
  entry.id = sqlite3_column_int64(stmt, 0);
  entry.role = election::ParseRollRole(ColumnText(stmt, 1)).value_or(election::RollRole::kOfficial);
  entry.full_name = ColumnText(stmt, 2);
  entry.member_id = ColumnText(stmt, 3);
  entry.gender = ColumnText(stmt, 4);
  entry.birth_date = ColumnDate(stmt, 5);
  entry.unit_code = ColumnText(stmt, 6);
  entry.rank = static_cast<int>(sqlite3_column_int64(stmt, 7));
  return entry;
}

// UTC with milliseconds, "2020-06-15T21:04:05.123Z" (app/election_record.h).
constexpr const char* kNowMillis = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

constexpr const char* kElectionSelect =
    "SELECT e.id, o.code, e.term, e.kind, e.seats, e.alternates, e.title, e.profile, "
    "e.required_clerks, e.list_digest, COALESCE(e.locked_at, ''), e.created_at, "
    "COALESCE((SELECT x.venue_key FROM election_origins x WHERE x.election_id = e.id), ''), "
    "COALESCE((SELECT x.venue_election_id FROM election_origins x WHERE x.election_id = e.id), 0) "
    "FROM elections e JOIN organizations o ON o.id = e.org_id";

app::ElectionRecord ReadElection(sqlite3_stmt* stmt) {
  app::ElectionRecord election;
  election.id = sqlite3_column_int64(stmt, 0);
  election.org_code = ColumnText(stmt, 1);
  election.term = ColumnText(stmt, 2);
  election.kind =
      election::ParseElectionKind(ColumnText(stmt, 3)).value_or(election::ElectionKind::kCommittee);
  election.seats = static_cast<int>(sqlite3_column_int64(stmt, 4));
  election.alternates = static_cast<int>(sqlite3_column_int64(stmt, 5));
  election.title = ColumnText(stmt, 6);
  election.profile = ColumnText(stmt, 7);
  election.required_clerks = static_cast<int>(sqlite3_column_int64(stmt, 8));
  election.list_digest = ColumnText(stmt, 9);
  election.locked_at = ColumnText(stmt, 10);
  election.created_at = ColumnText(stmt, 11);
  election.venue_key = ColumnText(stmt, 12);
  election.venue_election_id = sqlite3_column_int64(stmt, 13);
  return election;
}

constexpr const char* kRoundSelect =
    "SELECT id, election_id, number, kind, seats, alternates, closed, COALESCE(closed_at, ''), "
    "convened, issued, chain_head, "
    "COALESCE((SELECT x.venue_round_id FROM round_origins x WHERE x.round_id = rounds.id), 0) "
    "FROM rounds";

app::RoundRecord ReadRound(sqlite3_stmt* stmt) {
  app::RoundRecord round;
  round.id = sqlite3_column_int64(stmt, 0);
  round.election_id = sqlite3_column_int64(stmt, 1);
  round.number = static_cast<int>(sqlite3_column_int64(stmt, 2));
  round.kind = app::ParseRoundKind(ColumnText(stmt, 3)).value_or(app::RoundKind::kFirst);
  round.seats = static_cast<int>(sqlite3_column_int64(stmt, 4));
  round.alternates = static_cast<int>(sqlite3_column_int64(stmt, 5));
  round.closed = sqlite3_column_int64(stmt, 6) != 0;
  round.closed_at = ColumnText(stmt, 7);
  round.convened = sqlite3_column_int64(stmt, 8);
  round.issued = ColumnOptionalInt(stmt, 9);
  round.chain_head = ColumnText(stmt, 10);
  round.venue_round_id = sqlite3_column_int64(stmt, 11);
  return round;
}

app::BallotEntryRecord ReadBallotEntry(sqlite3_stmt* stmt) {
  app::BallotEntryRecord entry;
  entry.round_id = sqlite3_column_int64(stmt, 0);
  entry.seq = sqlite3_column_int64(stmt, 1);
  entry.clerk = ColumnText(stmt, 2);
  entry.number = sqlite3_column_int64(stmt, 3);
  entry.payload = ColumnText(stmt, 4);
  entry.entered_at = ColumnText(stmt, 5);
  entry.prev_hash = ColumnText(stmt, 6);
  entry.hash = ColumnText(stmt, 7);
  return entry;
}

// Invariants: every method holds mu_ for its whole duration (the connection is used by one
// thread at a time; InTransaction's fn may call back into the store, hence a recursive mutex);
// depth_ counts open transaction levels (0: none, 1: BEGIN, >1: savepoints).
class SqliteStore final : public app::Store,
                          public app::ElectionStore,
                          // The feature stores over portable SQL (storage/sql.h), in migration order:
                          public SqlPersonnelStore,
                          public SqlDocumentStore,
                          public SqlPartyBuildingStore,
                          public SqlNominationStore,
                          public SqlResultStore,
                          public SqlPlanStore,
                          public SqlGroupStore,
                          public SqlInspectionStore,
                          public SqlAccountStore,
                          public SqlAuditStore,
                          public SqlChangeMarkerStore,
                          public virtual HasSql,
                          private SqlRunner {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db), portable_(*this) {}
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
    if (auto s = RefreshNameKeys(); !s) return s;
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
                         "stated_members, search_key, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         {++seq, organization.code, organization.name, organization.level,
                          organization.parent_code, organization.category, members,
                          OrgSearchKey(organization), Blob{OrgNameKey(organization)}});
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
    return DepthFirstWhere("", "", {});
  }

  Result<std::vector<org::Organization>> Roots() override {
    std::lock_guard lock(mu_);
    return DepthFirstWhere(" WHERE o.parent_id IS NULL", "", {});
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
    return DepthFirstWhere(" WHERE o.path >= ?2 AND o.path < ?3", root, {*path, PathUpper(*path)});
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
          auto id = FindOrgId(member.org_code);
          if (!id.ok()) return id.error();
          if (!*id) {
            return InvalidInput(
                "member '" + member.id + "': unknown organization '" + member.org_code + "'",
                "org_code");
          }
          it = org_ids.emplace(member.org_code, **id).first;
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
        auto org_id = FindOrgId(congress.org_code);
        if (!org_id.ok()) return org_id.error();
        if (!*org_id) {
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
                    {**org_id, congress.term, static_cast<int64_t>(congress.ordinal),
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
    // Every congress: the largest rowid bounds the count (reserved, not touched), without a scan.
    int64_t count = 0;
    if (root.empty()) {
      if (auto s = Query("SELECT COALESCE(max(rowid), 0) FROM congresses", {},
                         [&](sqlite3_stmt* stmt) { count = sqlite3_column_int64(stmt, 0); });
          !s) {
        return s.error();
      }
    }
    sql += " ORDER BY o.code, c.term";
    std::vector<planning::Congress> out;
    out.reserve(static_cast<size_t>(count));
    auto s = Query(sql, params, [&](sqlite3_stmt* stmt) { out.push_back(ReadCongress(stmt)); });
    if (!s) return s.error();
    return out;
  }

  Result<int64_t> SaveAllocation(const app::AllocationRecord& allocation) override {
    std::lock_guard lock(mu_);
    int64_t id = 0;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = FindOrgId(allocation.org_code);
      if (!org_id.ok()) return org_id.error();
      if (!*org_id) {
        return InvalidInput("allocation: unknown organization '" + allocation.org_code + "'",
                            "org_code");
      }
      if (auto r = Run("INSERT INTO allocations (org_id, term, method, seats, minimum, as_of, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                       {**org_id, allocation.term, allocation.method, allocation.seats,
                        allocation.minimum, allocation.as_of.ToIso()});
          !r) {
        return r;
      }
      id = sqlite3_last_insert_rowid(db_);
      int64_t position = 0;
      for (const auto& unit : allocation.units) {
        Param minimum = nullptr;
        if (unit.minimum) minimum = *unit.minimum;
        if (auto r =
                Run("INSERT INTO allocation_units (allocation_id, position, org_code, name, "
                    "members, member_source, minimum, weight, seats, set_aside, quota_num, "
                    "quota_den) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    {id, position++, unit.org_code, unit.name, unit.members,
                     std::string(app::ToString(unit.source)), minimum, unit.weight, unit.seats,
                     static_cast<int64_t>(unit.set_aside ? 1 : 0), unit.quota_num, unit.quota_den});
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

  Result<std::optional<planning::Congress>> FindCongress(const std::string& org_code,
                                                         const std::string& term) override {
    std::lock_guard lock(mu_);
    std::optional<planning::Congress> found;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      return Query(std::string(kCongressSelect) + " WHERE c.org_id = ? AND c.term = ?",
                   {*org_id, term}, [&](sqlite3_stmt* stmt) { found = ReadCongress(stmt); });
    });
    if (!s) return s.error();
    return found;
  }

  Result<app::RollRecords> Roll(const std::string& org_code, const std::string& term) override {
    std::lock_guard lock(mu_);
    app::RollRecords roll;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      const Params key = {*org_id, term};
      if (auto q = Query(kRollEntrySelect, key,
                         [&](sqlite3_stmt* stmt) { roll.entries.push_back(ReadRollEntry(stmt)); });
          !q) {
        return q;
      }
      if (auto q = Query("SELECT id, person, kind, effective, note FROM credential_issues "
                         "WHERE org_id = ? AND term = ? ORDER BY id",
                         key,
                         [&](sqlite3_stmt* stmt) {
                           app::StoredCredentialIssue stored;
                           stored.id = sqlite3_column_int64(stmt, 0);
                           stored.issue.person = ColumnText(stmt, 1);
                           stored.issue.kind =
                               election::ParseCredentialIssueKind(ColumnText(stmt, 2))
                                   .value_or(election::CredentialIssueKind::kSuspended);
                           stored.issue.effective = ColumnDate(stmt, 3).value_or(Date());
                           stored.issue.note = ColumnText(stmt, 4);
                           roll.issues.push_back(std::move(stored));
                         });
          !q) {
        return q;
      }
      if (auto q = Query("SELECT number, title, date FROM congress_sessions "
                         "WHERE org_id = ? AND term = ? ORDER BY number",
                         key,
                         [&](sqlite3_stmt* stmt) {
                           roll.sessions.push_back({static_cast<int>(sqlite3_column_int64(stmt, 0)),
                                                    ColumnText(stmt, 1), ColumnDate(stmt, 2)});
                         });
          !q) {
        return q;
      }
      return Query(
          "SELECT person, session, reason, accepted FROM absences "
          "WHERE org_id = ? AND term = ? ORDER BY person, session",
          key, [&](sqlite3_stmt* stmt) {
            roll.absences.push_back({ColumnText(stmt, 0),
                                     static_cast<int>(sqlite3_column_int64(stmt, 1)),
                                     ColumnText(stmt, 2), sqlite3_column_int64(stmt, 3) != 0});
          });
    });
    if (!s) return s.error();
    return roll;
  }

  Result<std::vector<int64_t>> ReplaceRollEntries(const std::string& org_code,
                                                  const std::string& term,
                                                  const std::vector<int64_t>& remove,
                                                  const std::vector<app::RollEntry>& add) override {
    std::lock_guard lock(mu_);
    std::vector<int64_t> ids;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      // Every id is checked before anything is deleted.
      for (int64_t id : remove) {
        bool found = false;
        if (auto q = Query("SELECT 1 FROM roll_entries WHERE id = ? AND org_id = ? AND term = ?",
                           {id, *org_id, term}, [&](sqlite3_stmt*) { found = true; });
            !q) {
          return q;
        }
        if (!found) {
          return NotFound("roll entry " + std::to_string(id) + " is not on the roll of '" +
                          org_code + "' " + term);
        }
      }
      for (int64_t id : remove) {
        const Params person = {*org_id, term, std::to_string(id)};
        for (const char* sql :
             {"DELETE FROM credential_issues WHERE org_id = ? AND term = ? AND person = ?",
              "DELETE FROM absences WHERE org_id = ? AND term = ? AND person = ?"}) {
          if (auto r = Run(sql, person); !r) return r;
        }
        if (auto r = Run("DELETE FROM roll_entries WHERE id = ?", {id}); !r) return r;
      }
      for (const auto& entry : add) {
        if (auto r =
                Run("INSERT INTO roll_entries (org_id, term, role, full_name, member_id, "
                    "gender, birth_date, unit_code, rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    {*org_id, term, std::string(election::ToString(entry.role)), entry.full_name,
                     entry.member_id, entry.gender, OptionalDate(entry.birth_date), entry.unit_code,
                     static_cast<int64_t>(entry.rank)});
            !r) {
          return r;
        }
        ids.push_back(sqlite3_last_insert_rowid(db_));
      }
      return {};
    });
    if (!s) return s.error();
    return ids;
  }

  Result<int64_t> AddCredentialIssue(const std::string& org_code, const std::string& term,
                                     const election::CredentialIssue& issue) override {
    std::lock_guard lock(mu_);
    int64_t id = 0;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      if (auto r = Run("INSERT INTO credential_issues (org_id, term, person, kind, effective, "
                       "note) VALUES (?, ?, ?, ?, ?, ?)",
                       {*org_id, term, issue.person, std::string(election::ToString(issue.kind)),
                        issue.effective.ToIso(), issue.note});
          !r) {
        return r;
      }
      id = sqlite3_last_insert_rowid(db_);
      return {};
    });
    if (!s) return s.error();
    return id;
  }

  Result<bool> RemoveCredentialIssue(const std::string& org_code, const std::string& term,
                                     int64_t id) override {
    std::lock_guard lock(mu_);
    return DeleteOfRoll(org_code,
                        "DELETE FROM credential_issues WHERE org_id = ? AND term = ? "
                        "AND id = ?",
                        term, {id});
  }

  Status ReplaceSessions(const std::string& org_code, const std::string& term,
                         const std::vector<election::Session>& sessions) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      if (auto r =
              Run("DELETE FROM congress_sessions WHERE org_id = ? AND term = ?", {*org_id, term});
          !r) {
        return r;
      }
      for (const auto& session : sessions) {
        if (auto r = Run("INSERT INTO congress_sessions (org_id, term, number, title, date) "
                         "VALUES (?, ?, ?, ?, ?)",
                         {*org_id, term, static_cast<int64_t>(session.number), session.title,
                          OptionalDate(session.date)});
            !r) {
          return r;
        }
      }
      return {};
    });
  }

  Status UpsertAbsence(const std::string& org_code, const std::string& term,
                       const election::Absence& absence) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      return Run(
          "INSERT INTO absences (org_id, term, person, session, reason, accepted) "
          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, term, person, session) DO UPDATE SET "
          "reason = excluded.reason, accepted = excluded.accepted",
          {*org_id, term, absence.person, static_cast<int64_t>(absence.session), absence.reason,
           static_cast<int64_t>(absence.accepted ? 1 : 0)});
    });
  }

  Result<bool> RemoveAbsence(const std::string& org_code, const std::string& term,
                             const std::string& person, int session) override {
    std::lock_guard lock(mu_);
    return DeleteOfRoll(org_code,
                        "DELETE FROM absences WHERE org_id = ? AND term = ? "
                        "AND person = ? AND session = ?",
                        term, {person, static_cast<int64_t>(session)});
  }

  // app::ElectionStore. Writes take the write lock at BEGIN IMMEDIATE (Tx), which is what
  // serializes appends to a round across connections and processes.

  Result<int64_t> CreateElection(const app::ElectionRecord& election) override {
    std::lock_guard lock(mu_);
    int64_t id = 0;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = OrgId(election.org_code);
      if (!org_id.ok()) return org_id.error();
      if (auto r = Run(
              "INSERT INTO elections (org_id, term, kind, seats, alternates, title, "
              "profile, required_clerks, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, " +
                  std::string(kNowMillis) + ")",
              {*org_id, election.term, std::string(election::ToString(election.kind)),
               static_cast<int64_t>(election.seats), static_cast<int64_t>(election.alternates),
               election.title, election.profile, static_cast<int64_t>(election.required_clerks)});
          !r) {
        return r;
      }
      id = sqlite3_last_insert_rowid(db_);
      return WriteCommittee(id, election.counting_committee);
    });
    if (!s) return s.error();
    return id;
  }

  Result<std::optional<app::ElectionRecord>> FindElection(int64_t id) override {
    std::lock_guard lock(mu_);
    std::vector<app::ElectionRecord> out;
    auto s =
        Tx(TxKind::kRead, [&]() -> Status { return ReadElections(" WHERE e.id = ?", {id}, out); });
    if (!s) return s.error();
    if (out.empty()) return std::optional<app::ElectionRecord>();
    return std::optional<app::ElectionRecord>(std::move(out.front()));
  }

  Result<std::vector<app::ElectionRecord>> Elections(const std::string& org_code,
                                                     const std::string& term) override {
    std::lock_guard lock(mu_);
    std::vector<app::ElectionRecord> out;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      return ReadElections(" WHERE e.org_id = ? AND e.term = ? ORDER BY e.id", {*org_id, term},
                           out);
    });
    if (!s) return s.error();
    return out;
  }

  Status SetCountingCommittee(int64_t election_id,
                              const std::vector<std::string>& members) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      auto state = ElectionState(election_id);
      if (!state.ok()) return state.error();
      if (state->closed_rounds > 0) return CommitteeFrozen(election_id);
      if (auto r = Run("DELETE FROM election_committee WHERE election_id = ?", {election_id}); !r) {
        return r;
      }
      return WriteCommittee(election_id, members);
    });
  }

  Status ReplaceCandidates(int64_t election_id,
                           const std::vector<app::CandidateRecord>& candidates) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      auto state = ElectionState(election_id);
      if (!state.ok()) return state.error();
      if (state->locked) return ListLocked(election_id);
      return WriteCandidates(election_id, candidates);
    });
  }

  Result<std::vector<app::CandidateRecord>> Candidates(int64_t election_id) override {
    std::lock_guard lock(mu_);
    std::vector<app::CandidateRecord> out;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      auto state = ElectionState(election_id);
      if (!state.ok()) return state.error();
      return Query(
          "SELECT id, full_name, birth_date, member_id, gender FROM candidates "
          "WHERE election_id = ? ORDER BY position",
          {election_id}, [&](sqlite3_stmt* stmt) {
            out.push_back({ColumnText(stmt, 0), ColumnText(stmt, 1), ColumnDate(stmt, 2),
                           ColumnText(stmt, 3), ColumnText(stmt, 4)});
          });
    });
    if (!s) return s.error();
    return out;
  }

  Result<app::ElectionRecord> LockElection(int64_t election_id,
                                           const std::vector<app::CandidateRecord>& ordered,
                                           const std::string& digest,
                                           const app::RoundRecord& first_round) override {
    std::lock_guard lock(mu_);
    std::vector<app::ElectionRecord> out;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto state = ElectionState(election_id);
      if (!state.ok()) return state.error();
      if (state->locked) return ListLocked(election_id);
      if (auto r = WriteCandidates(election_id, ordered); !r) return r;
      if (auto r = Run("UPDATE elections SET list_digest = ?, locked_at = " +
                           std::string(kNowMillis) + " WHERE id = ?",
                       {digest, election_id});
          !r) {
        return r;
      }
      if (auto r = InsertRound(election_id, first_round); !r.ok()) return r.error();
      return ReadElections(" WHERE e.id = ?", {election_id}, out);
    });
    if (!s) return s.error();
    return std::move(out.front());
  }

  Result<int64_t> AddRound(const app::RoundRecord& round) override {
    std::lock_guard lock(mu_);
    int64_t id = 0;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto state = ElectionState(round.election_id);
      if (!state.ok()) return state.error();
      if (!state->locked) return ListNotLocked(round.election_id);
      if (state->open_rounds > 0) return RoundOpen(round.election_id);
      auto inserted = InsertRound(round.election_id, round);
      if (!inserted.ok()) return inserted.error();
      id = *inserted;
      return {};
    });
    if (!s) return s.error();
    return id;
  }

  Result<std::optional<app::RoundRecord>> FindRound(int64_t round_id) override {
    std::lock_guard lock(mu_);
    std::vector<app::RoundRecord> out;
    auto s =
        Tx(TxKind::kRead, [&]() -> Status { return ReadRounds(" WHERE id = ?", {round_id}, out); });
    if (!s) return s.error();
    if (out.empty()) return std::optional<app::RoundRecord>();
    return std::optional<app::RoundRecord>(std::move(out.front()));
  }

  Result<std::vector<app::RoundRecord>> Rounds(int64_t election_id) override {
    std::lock_guard lock(mu_);
    std::vector<app::RoundRecord> out;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      auto state = ElectionState(election_id);
      if (!state.ok()) return state.error();
      return ReadRounds(" WHERE election_id = ? ORDER BY number", {election_id}, out);
    });
    if (!s) return s.error();
    return out;
  }

  Result<app::BallotEntryRecord> AppendBallotEntry(
      const app::BallotEntryRecord& draft,
      const std::function<void(app::BallotEntryRecord&)>& seal) override {
    std::lock_guard lock(mu_);
    app::BallotEntryRecord entry;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto last = LastEntryOfOpenRound(draft.round_id);
      if (!last.ok()) return last.error();
      std::string now;
      if (auto q = Query("SELECT " + std::string(kNowMillis), {},
                         [&](sqlite3_stmt* stmt) { now = ColumnText(stmt, 0); });
          !q) {
        return q;
      }
      const app::BallotEntryRecord unsealed = Unsealed(draft, last->seq + 1, now, last->hash);
      entry = unsealed;
      seal(entry);
      if (auto c = CheckSealed(unsealed, entry); !c) return c;
      return Run(
          "INSERT INTO ballot_entries (round_id, seq, clerk, number, payload, entered_at, "
          "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          {entry.round_id, entry.seq, entry.clerk, entry.number, entry.payload, entry.entered_at,
           entry.prev_hash, entry.hash});
    });
    if (!s) return s.error();
    return entry;
  }

  Status ForEachBallotEntry(int64_t round_id,
                            const std::function<void(const app::BallotEntryRecord&)>& fn) override {
    std::lock_guard lock(mu_);
    // Read whole (a round holds thousands of entries at most), so fn may call back.
    std::vector<app::BallotEntryRecord> entries;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      auto state = RoundState(round_id);
      if (!state.ok()) return state.error();
      return Query(
          "SELECT round_id, seq, clerk, number, payload, entered_at, prev_hash, hash "
          "FROM ballot_entries WHERE round_id = ? ORDER BY seq",
          {round_id}, [&](sqlite3_stmt* stmt) { entries.push_back(ReadBallotEntry(stmt)); });
    });
    if (!s) return s;
    for (const auto& entry : entries) fn(entry);
    return {};
  }

  Result<app::RoundRecord> CloseRound(const app::RoundRecord& round) override {
    std::lock_guard lock(mu_);
    std::vector<app::RoundRecord> out;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto last = LastEntryOfOpenRound(round.id);
      if (!last.ok()) return last.error();
      if (last->hash != round.chain_head) return ChainMoved(round.id, round.chain_head, last->hash);
      int64_t ordinal = 0;
      for (const auto& exclusion : round.exclusions) {
        if (auto r = Run("INSERT INTO round_exclusions (round_id, ordinal, reason, count) "
                         "VALUES (?, ?, ?, ?)",
                         {round.id, ordinal++, std::string(election::ToString(exclusion.reason)),
                          exclusion.count});
            !r) {
          return r;
        }
      }
      Param issued = nullptr;
      if (round.issued) issued = *round.issued;
      if (auto r = Run("UPDATE rounds SET closed = 1, closed_at = " + std::string(kNowMillis) +
                           ", convened = ?, issued = ?, chain_head = ? WHERE id = ?",
                       {round.convened, issued, round.chain_head, round.id});
          !r) {
        return r;
      }
      return ReadRounds(" WHERE id = ?", {round.id}, out);
    });
    if (!s) return s.error();
    return std::move(out.front());
  }


  // Written once over portable SQL for both engines (storage/election_import.cpp).
  Result<app::ImportOutcome> ImportElection(const app::ImportedElection& imported) override {
    return storage::ImportElection(sql(), imported);
  }

 private:
  // The organization's id; kNotFound when there is none.
  Result<int64_t> OrgId(const std::string& code) {
    auto id = FindOrgId(code);
    if (!id.ok()) return id.error();
    if (!*id) return NotFound("organization '" + code + "' not found");
    return **id;
  }

  Result<std::optional<int64_t>> FindOrgId(const std::string& code) {
    std::optional<int64_t> id;
    auto s = Query("SELECT id FROM organizations WHERE code = ?", {code},
                   [&](sqlite3_stmt* stmt) { id = sqlite3_column_int64(stmt, 0); });
    if (!s) return s.error();
    return id;
  }

  // Runs `sql` (a DELETE whose first parameters are org_id and term, then `rest`) on the roll of
  // (org_code, term); whether it deleted a row.
  Result<bool> DeleteOfRoll(const std::string& org_code, const std::string& sql,
                            const std::string& term, const Params& rest) {
    bool deleted = false;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      Params params = {*org_id, term};
      params.insert(params.end(), rest.begin(), rest.end());
      if (auto r = Run(sql, params); !r) return r;
      deleted = sqlite3_changes64(db_) > 0;
      return {};
    });
    if (!s) return s.error();
    return deleted;
  }

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

  struct ElectionFacts {
    bool locked = false;
    int64_t open_rounds = 0;
    int64_t closed_rounds = 0;
  };

  // kNotFound for an unknown election.
  Result<ElectionFacts> ElectionState(int64_t election_id) {
    std::optional<ElectionFacts> facts;
    auto s = Query(
        "SELECT e.locked_at IS NOT NULL, "
        "(SELECT count(*) FROM rounds r WHERE r.election_id = e.id AND r.closed = 0), "
        "(SELECT count(*) FROM rounds r WHERE r.election_id = e.id AND r.closed = 1) "
        "FROM elections e WHERE e.id = ?",
        {election_id}, [&](sqlite3_stmt* stmt) {
          facts = ElectionFacts{sqlite3_column_int64(stmt, 0) != 0, sqlite3_column_int64(stmt, 1),
                                sqlite3_column_int64(stmt, 2)};
        });
    if (!s) return s.error();
    if (!facts) return UnknownElection(election_id);
    return *facts;
  }

  // Whether the round is closed; kNotFound for an unknown round.
  Result<bool> RoundState(int64_t round_id) {
    std::optional<bool> closed;
    auto s = Query("SELECT closed FROM rounds WHERE id = ?", {round_id},
                   [&](sqlite3_stmt* stmt) { closed = sqlite3_column_int64(stmt, 0) != 0; });
    if (!s) return s.error();
    if (!closed) return UnknownRound(round_id);
    return *closed;
  }

  // The last entry's seq and hash (0 and empty when there is none) of an open round; kNotFound
  // for an unknown round, kConflict for a closed one.
  Result<app::BallotEntryRecord> LastEntryOfOpenRound(int64_t round_id) {
    auto closed = RoundState(round_id);
    if (!closed.ok()) return closed.error();
    if (*closed) return RoundClosed(round_id);
    app::BallotEntryRecord last;
    auto s = Query(
        "SELECT seq, hash FROM ballot_entries WHERE round_id = ? "
        "ORDER BY seq DESC LIMIT 1",
        {round_id}, [&](sqlite3_stmt* stmt) {
          last.seq = sqlite3_column_int64(stmt, 0);
          last.hash = ColumnText(stmt, 1);
        });
    if (!s) return s.error();
    return last;
  }

  Status WriteCommittee(int64_t election_id, const std::vector<std::string>& members) {
    int64_t position = 0;
    for (const auto& name : members) {
      if (auto r = Run("INSERT INTO election_committee (election_id, position, name) "
                       "VALUES (?, ?, ?)",
                       {election_id, position++, name});
          !r) {
        return r;
      }
    }
    return {};
  }

  // Replaces the election's list with `candidates`, in their order.
  Status WriteCandidates(int64_t election_id, const std::vector<app::CandidateRecord>& candidates) {
    if (auto c = CheckCandidateIds(candidates); !c) return c;
    if (auto r = Run("DELETE FROM candidates WHERE election_id = ?", {election_id}); !r) return r;
    int64_t position = 0;
    for (const auto& candidate : candidates) {
      if (auto r = Run("INSERT INTO candidates (election_id, position, id, full_name, birth_date, "
                       "member_id, gender) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       {election_id, position++, candidate.id, candidate.full_name,
                        OptionalDate(candidate.birth_date), candidate.member_id, candidate.gender});
          !r) {
        return r;
      }
    }
    return {};
  }

  // Stores `round` (open, its id ignored) as the election's next round; its new id.
  Result<int64_t> InsertRound(int64_t election_id, const app::RoundRecord& round) {
    int64_t last_number = 0;
    int64_t list_size = 0;
    auto s = Query(
        "SELECT (SELECT COALESCE(max(number), 0) FROM rounds WHERE election_id = ?1), "
        "(SELECT count(*) FROM candidates WHERE election_id = ?1)",
        {election_id}, [&](sqlite3_stmt* stmt) {
          last_number = sqlite3_column_int64(stmt, 0);
          list_size = sqlite3_column_int64(stmt, 1);
        });
    if (!s) return s.error();
    if (auto c = CheckNewRound(round, last_number, list_size); !c) return c.error();
    if (auto r = Run("INSERT INTO rounds (election_id, number, kind, seats, alternates) "
                     "VALUES (?, ?, ?, ?, ?)",
                     {election_id, static_cast<int64_t>(round.number),
                      std::string(app::ToString(round.kind)), static_cast<int64_t>(round.seats),
                      static_cast<int64_t>(round.alternates)});
        !r) {
      return r.error();
    }
    const int64_t id = sqlite3_last_insert_rowid(db_);
    int64_t ordinal = 0;
    for (int position : round.candidates) {
      if (auto r = Run("INSERT INTO round_candidates (round_id, ordinal, position) "
                       "VALUES (?, ?, ?)",
                       {id, ordinal++, static_cast<int64_t>(position)});
          !r) {
        return r.error();
      }
    }
    return id;
  }

  // Elections matching `where` with their counting committees, in the order it gives.
  Status ReadElections(const std::string& where, const Params& params,
                       std::vector<app::ElectionRecord>& out) {
    if (auto q = Query(std::string(kElectionSelect) + where, params,
                       [&](sqlite3_stmt* stmt) { out.push_back(ReadElection(stmt)); });
        !q) {
      return q;
    }
    for (auto& election : out) {
      if (auto q =
              Query("SELECT name FROM election_committee WHERE election_id = ? ORDER BY position",
                    {election.id},
                    [&](sqlite3_stmt* stmt) {
                      election.counting_committee.push_back(ColumnText(stmt, 0));
                    });
          !q) {
        return q;
      }
    }
    return {};
  }

  // Rounds matching `where` with their candidates and exclusions, in the order it gives.
  Status ReadRounds(const std::string& where, const Params& params,
                    std::vector<app::RoundRecord>& out) {
    if (auto q = Query(std::string(kRoundSelect) + where, params,
                       [&](sqlite3_stmt* stmt) { out.push_back(ReadRound(stmt)); });
        !q) {
      return q;
    }
    for (auto& round : out) {
      if (auto q =
              Query("SELECT position FROM round_candidates WHERE round_id = ? ORDER BY ordinal",
                    {round.id},
                    [&](sqlite3_stmt* stmt) {
                      round.candidates.push_back(static_cast<int>(sqlite3_column_int64(stmt, 0)));
                    });
          !q) {
        return q;
      }
      if (auto q = Query(
              "SELECT reason, count FROM round_exclusions WHERE round_id = ? ORDER BY ordinal",
              {round.id},
              [&](sqlite3_stmt* stmt) {
                round.exclusions.push_back(
                    {election::ParseExclusionReason(ColumnText(stmt, 0))
                         .value_or(election::ExclusionReason::kAbsentWithReason),
                     sqlite3_column_int64(stmt, 1)});
              });
          !q) {
        return q;
      }
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

  // `where` numbers its parameters from ?2; ?1 is `top`, the code of the one row whose parent
  // is outside the rows ("" when there is none). The rows come in table order: DepthFirst
  // orders them.
  Result<std::vector<org::Organization>> DepthFirstWhere(const std::string& where,
                                                         const std::string& top, Params params) {
    params.insert(params.begin(), top);
    // Counted first: growing the vector row by row moved 300,000 rows again and again. Every
    // row: the largest id bounds the count (reserved, not touched), without a scan.
    int64_t count = 0;
    if (auto s = Query(where.empty() ? "SELECT COALESCE(max(id), 0) FROM organizations"
                                     : "SELECT count(*), ?1 FROM organizations o" + where,
                       where.empty() ? Params{} : params,
                       [&](sqlite3_stmt* stmt) { count = sqlite3_column_int64(stmt, 0); });
        !s) {
      return s.error();
    }
    std::vector<OrgRow> rows;
    rows.reserve(static_cast<size_t>(count));
    auto s = Query(std::string(kOrgTreeSelect) + where, params, [&](sqlite3_stmt* stmt) {
      OrgRow row = ReadOrgRow(stmt);
      if (const void* key = sqlite3_column_blob(stmt, 8)) {
        row.name_key.assign(static_cast<const char*>(key),
                            static_cast<size_t>(sqlite3_column_bytes(stmt, 8)));
      }
      rows.push_back(std::move(row));
    });
    if (!s) return s.error();
    return DepthFirst(std::move(rows));
  }

  // Migration 16: every organization's name key made again when they were made by another ICU
  // version than this one (or never).
  Status RefreshNameKeys() {
    std::optional<std::string> made_with;
    if (auto s = Query("SELECT icu FROM organization_name_keys WHERE id = 1", {},
                       [&](sqlite3_stmt* stmt) { made_with = ColumnText(stmt, 0); });
        !s) {
      return s;
    }
    if (made_with == NameKeyVersion()) return {};
    return Tx(TxKind::kWrite, [&]() -> Status {
      std::vector<std::pair<int64_t, std::string>> names;
      if (auto s = Query("SELECT id, name FROM organizations", {},
                         [&](sqlite3_stmt* stmt) {
                           names.emplace_back(sqlite3_column_int64(stmt, 0), ColumnText(stmt, 1));
                         });
          !s) {
        return s;
      }
      for (auto& [id, name] : names) {
        org::Organization organization;
        organization.name = std::move(name);
        if (auto s = Run("UPDATE organizations SET name_key = ? WHERE id = ?",
                         {Blob{OrgNameKey(organization)}, id});
            !s) {
          return s;
        }
      }
      return Run("UPDATE organization_name_keys SET icu = ? WHERE id = 1", {NameKeyVersion()});
    });
  }

  // storage/sql.h over this connection: its lock, its statement cache, its transactions.
  class PortableSql final : public Sql {
   public:
    explicit PortableSql(SqliteStore& store) : store_(store) {}

    Result<int64_t> Run(const std::string& sql, const SqlParams& params) override {
      std::lock_guard lock(store_.mu_);
      if (auto s = Query(sql, params, [](const SqlRow&) {}); !s) return s.error();
      return static_cast<int64_t>(sqlite3_changes64(store_.db_));
    }

    Status Query(const std::string& sql, const SqlParams& params,
                 const std::function<void(const SqlRow&)>& on_row) override {
      std::lock_guard lock(store_.mu_);
      auto stmt = store_.Prepare(sql);
      if (!stmt.ok()) return stmt.error();
      if (auto s = Bind(*stmt, params); !s) return s;
      const Row row(*stmt);
      while (true) {
        int rc = sqlite3_step(*stmt);
        if (rc == SQLITE_DONE) break;
        if (rc != SQLITE_ROW) {
          Error error = store_.Fail("running \"" + sql + "\"");
          sqlite3_reset(*stmt);
          return error;
        }
        on_row(row);
      }
      sqlite3_reset(*stmt);
      return {};
    }

    Status Transaction(const std::function<Status()>& fn) override {
      std::lock_guard lock(store_.mu_);
      return store_.Tx(TxKind::kWrite, fn);
    }

    std::string ViCollate() const override { return "COLLATE vi"; }
    std::string NowUtc() const override { return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"; }

   private:
    class Row final : public SqlRow {
     public:
      explicit Row(sqlite3_stmt* stmt) : stmt_(stmt) {}
      bool IsNull(int column) const override {
        return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
      }
      std::string Text(int column) const override { return ColumnText(stmt_, column); }

     private:
      sqlite3_stmt* stmt_;
    };

    // $n binds by name: a statement may use a number twice, or not at all.
    Status Bind(sqlite3_stmt* stmt, const SqlParams& params) {
      const std::vector<int>& numbers = Numbers(stmt);
      for (int at = 1; at < static_cast<int>(numbers.size()); ++at) {
        const int number = numbers[at];
        if (number < 1 || static_cast<size_t>(number) > params.size()) continue;
        const SqlValue& value = params[number - 1];
        int rc = SQLITE_OK;
        if (value.is_null()) {
          rc = sqlite3_bind_null(stmt, at);
        } else if (value.is_integer()) {
          rc = sqlite3_bind_int64(stmt, at, std::stoll(value.text()));
        } else {
          rc = sqlite3_bind_text64(stmt, at, value.text().data(), value.text().size(),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        if (rc != SQLITE_OK) return store_.Fail("binding parameter $" + std::to_string(number));
      }
      return {};
    }

    // The n of the $n at each position of a cached statement (0: another kind of parameter),
    // read once: SQLite finds a parameter's name or index by a linear search, which is quadratic
    // over the thousands of parameters of a multi-row INSERT.
    const std::vector<int>& Numbers(sqlite3_stmt* stmt) {
      auto it = numbers_.find(stmt);
      if (it != numbers_.end()) return it->second;
      const int count = sqlite3_bind_parameter_count(stmt);
      std::vector<int> numbers(count + 1, 0);
      for (int position = 1; position <= count; ++position) {
        const char* name = sqlite3_bind_parameter_name(stmt, position);
        if (name == nullptr || name[0] != '$') continue;
        char* end = nullptr;
        const long number = std::strtol(name + 1, &end, 10);
        if (*end == '\0' && number > 0 && number <= INT32_MAX)
          numbers[position] = static_cast<int>(number);
      }
      return numbers_.emplace(stmt, std::move(numbers)).first->second;
    }

    // Keyed by the store's cached statements, which live as long as the connection.
    std::unordered_map<sqlite3_stmt*, std::vector<int>> numbers_;
    SqliteStore& store_;
  };

  Sql& sql() override { return portable_; }

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
  PortableSql portable_;
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
