#include "storage/postgres/postgres_store.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <exception>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>
#include <utility>

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

using Param = std::optional<std::string>;  // text format; nullopt is NULL
using Params = std::vector<Param>;
using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

Param OptionalDate(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return date->ToIso();
}

Param Number(int64_t value) { return std::to_string(value); }

// One row of a result, by column index.
class Row {
 public:
  Row(const PGresult* result, int row) : result_(result), row_(row) {}
  bool IsNull(int column) const { return PQgetisnull(result_, row_, column) != 0; }
  std::string Text(int column) const {
    return std::string(PQgetvalue(result_, row_, column),
                       static_cast<size_t>(PQgetlength(result_, row_, column)));
  }
  std::string_view View(int column) const {
    return {PQgetvalue(result_, row_, column),
            static_cast<size_t>(PQgetlength(result_, row_, column))};
  }
  int64_t Int(int column) const {
    const char* text = PQgetvalue(result_, row_, column);
    int64_t value = 0;
    std::from_chars(text, text + PQgetlength(result_, row_, column), value);
    return value;
  }
  std::optional<int64_t> OptionalInt(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Int(column);
  }
  std::optional<Date> OptionalDate(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Date::Parse(std::string_view(PQgetvalue(result_, row_, column),
                                        static_cast<size_t>(PQgetlength(result_, row_, column))));
  }
  // A bytea column read as encode(…, 'hex'), decoded.
  std::string HexBytes(int column) const {
    const char* hex = PQgetvalue(result_, row_, column);
    const auto size = static_cast<size_t>(PQgetlength(result_, row_, column));
    auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    std::string out(size / 2, '\0');
    for (size_t i = 0; i + 1 < size; i += 2) {
      out[i / 2] = static_cast<char>(nibble(hex[i]) << 4 | nibble(hex[i + 1]));
    }
    return out;
  }

 private:
  const PGresult* result_;
  int row_;
};

// COPY text format: backslash, tab, newline and carriage return are escaped.
void AppendCopyText(std::string& out, std::string_view value) {
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
}

void AppendCopyField(std::string& out, const Param& value, bool last = false) {
  if (value) {
    AppendCopyText(out, *value);
  } else {
    out += "\\N";
  }
  out += last ? '\n' : '\t';
}

std::string ByteaHex(std::string_view bytes) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\\x";
  out.reserve(2 + bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

constexpr const char* kSessionTables = R"sql(
CREATE TEMP TABLE IF NOT EXISTS org_load (
  seq bigint PRIMARY KEY,
  code text COLLATE "C" NOT NULL,
  name text NOT NULL,
  level text COLLATE "C" NOT NULL,
  parent_code text COLLATE "C" NOT NULL,
  category text NOT NULL,
  stated_members bigint,
  search_key text NOT NULL,
  name_key bytea NOT NULL
) ON COMMIT DELETE ROWS;
CREATE INDEX IF NOT EXISTS org_load_code ON org_load (code);
CREATE TEMP TABLE IF NOT EXISTS org_pending (id bigint PRIMARY KEY) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS org_ready (id bigint PRIMARY KEY) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS member_load (
  seq bigint NOT NULL,
  id text COLLATE "C" NOT NULL,
  full_name text NOT NULL,
  search_key text NOT NULL,
  name_order_key bytea NOT NULL,
  gender text NOT NULL,
  birth_date date,
  party_join_date date,
  full_member_date date,
  org_code text COLLATE "C" NOT NULL,
  status text NOT NULL
) ON COMMIT DELETE ROWS;
)sql";

constexpr const char* kOrgSelect =
    "SELECT o.id, o.parent_id, o.code, o.name, o.level, COALESCE(p.code, ''), o.category, "
    "o.stated_members FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id";

// The tree's rows for DepthFirst: no join for the parent's code, which DepthFirst takes from the
// parent's row; only the row whose code is $1 (a subtree's root, whose parent lies outside)
// looks its parent up. Column 8 is the stored name key in hex.
constexpr const char* kOrgTreeSelect =
    "SELECT o.id, o.parent_id, o.code, o.name, o.level, CASE WHEN o.code = $1 THEN "
    "COALESCE((SELECT p.code FROM organizations p WHERE p.id = o.parent_id), '') ELSE '' END, "
    "o.category, o.stated_members, encode(o.name_key, 'hex') FROM organizations o";

OrgRow ReadOrgRow(const Row& row) {
  OrgRow out;
  out.id = row.Int(0);
  out.parent_id = row.OptionalInt(1);
  out.organization.code = row.Text(2);
  out.organization.name = row.Text(3);
  out.organization.level = row.Text(4);
  out.organization.parent_code = row.Text(5);
  out.organization.category = row.Text(6);
  out.organization.members = row.OptionalInt(7);
  return out;
}

constexpr const char* kMemberSelect =
    "SELECT m.id, m.full_name, m.gender, m.birth_date, m.party_join_date, m.full_member_date, "
    "o.code, m.status FROM members m JOIN organizations o ON o.id = m.org_id";

org::Member ReadMember(const Row& row) {
  org::Member member;
  member.id = row.Text(0);
  member.full_name = row.Text(1);
  member.gender = row.Text(2);
  member.birth_date = row.OptionalDate(3);
  member.party_join_date = row.OptionalDate(4);
  member.full_member_date = row.OptionalDate(5);
  member.org_code = row.Text(6);
  member.status = org::ParseMemberStatus(row.Text(7)).value_or(org::MemberStatus::kFull);
  return member;
}

constexpr const char* kCongressSelect =
    "SELECT o.code, c.term, c.ordinal, c.kind, c.pilot, c.planned_start, c.planned_end, "
    "c.held_start, c.held_end FROM congresses c JOIN organizations o ON o.id = c.org_id";

planning::Congress ReadCongress(const Row& row) {
  planning::Congress congress;
  congress.org_code = row.Text(0);
  congress.term = row.Text(1);
  congress.ordinal = static_cast<int>(row.Int(2));
  congress.kind =
      planning::ParseCongressKind(row.View(3)).value_or(planning::CongressKind::kMembers);
  congress.pilot = row.View(4) == "t";
  congress.planned_start = row.OptionalDate(5);
  congress.planned_end = row.OptionalDate(6);
  congress.held_start = row.OptionalDate(7);
  congress.held_end = row.OptionalDate(8);
  return congress;
}

// Ex officio first (by id), then delegations by unit code, officials before alternates, rank.
constexpr const char* kRollEntrySelect =
    "SELECT id, role, full_name, member_id, gender, birth_date, unit_code, rank "
    "FROM roll_entries WHERE org_id = $1 AND term = $2 "
    "ORDER BY role <> 'ex_officio', CASE WHEN role = 'ex_officio' THEN id ELSE 0 END, unit_code, "
    "role <> 'official', rank, id";

app::RollEntry ReadRollEntry(const Row& row) {
  app::RollEntry entry;
  entry.id = row.Int(0);
  entry.role = election::ParseRollRole(row.Text(1)).value_or(election::RollRole::kOfficial);
  entry.full_name = row.Text(2);
  entry.member_id = row.Text(3);
  entry.gender = row.Text(4);
  entry.birth_date = row.OptionalDate(5);
  entry.unit_code = row.Text(6);
  entry.rank = static_cast<int>(row.Int(7));
  return entry;
}

// UTC with milliseconds, "2020-06-15T21:04:05.123Z" (app/election_record.h). The clock at the
// statement, not the transaction's start: an append reads it after taking the round's lock, so
// entries' times follow their seq.
constexpr const char* kNowMillis =
    "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

constexpr const char* kElectionSelect =
    "SELECT e.id, o.code, e.term, e.kind, e.seats, e.alternates, e.title, e.profile, "
    "e.required_clerks, e.list_digest, COALESCE(e.locked_at, ''), e.created_at, "
    "COALESCE((SELECT x.venue_key FROM election_origins x WHERE x.election_id = e.id), ''), "
    "COALESCE((SELECT x.venue_election_id FROM election_origins x WHERE x.election_id = e.id), 0) "
    "FROM elections e JOIN organizations o ON o.id = e.org_id";

app::ElectionRecord ReadElection(const Row& row) {
  app::ElectionRecord election;
  election.id = row.Int(0);
  election.org_code = row.Text(1);
  election.term = row.Text(2);
  election.kind =
      election::ParseElectionKind(row.Text(3)).value_or(election::ElectionKind::kCommittee);
  election.seats = static_cast<int>(row.Int(4));
  election.alternates = static_cast<int>(row.Int(5));
  election.title = row.Text(6);
  election.profile = row.Text(7);
  election.required_clerks = static_cast<int>(row.Int(8));
  election.list_digest = row.Text(9);
  election.locked_at = row.Text(10);
  election.created_at = row.Text(11);
  election.venue_key = row.Text(12);
  election.venue_election_id = row.Int(13);
  return election;
}

constexpr const char* kRoundSelect =
    "SELECT id, election_id, number, kind, seats, alternates, closed, COALESCE(closed_at, ''), "
    "convened, issued, chain_head, "
    "COALESCE((SELECT x.venue_round_id FROM round_origins x WHERE x.round_id = rounds.id), 0) "
    "FROM rounds";

app::RoundRecord ReadRound(const Row& row) {
  app::RoundRecord round;
  round.id = row.Int(0);
  round.election_id = row.Int(1);
  round.number = static_cast<int>(row.Int(2));
  round.kind = app::ParseRoundKind(row.Text(3)).value_or(app::RoundKind::kFirst);
  round.seats = static_cast<int>(row.Int(4));
  round.alternates = static_cast<int>(row.Int(5));
  round.closed = row.Text(6) == "t";
  round.closed_at = row.Text(7);
  round.convened = row.Int(8);
  round.issued = row.OptionalInt(9);
  round.chain_head = row.Text(10);
  round.venue_round_id = row.Int(11);
  return round;
}

app::BallotEntryRecord ReadBallotEntry(const Row& row) {
  app::BallotEntryRecord entry;
  entry.round_id = row.Int(0);
  entry.seq = row.Int(1);
  entry.clerk = row.Text(2);
  entry.number = row.Int(3);
  entry.payload = row.Text(4);
  entry.entered_at = row.Text(5);
  entry.prev_hash = row.Text(6);
  entry.hash = row.Text(7);
  return entry;
}

std::string Trimmed(const char* message) {
  std::string text = message != nullptr ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

void IgnoreNotice(void*, const char*) {}

// Placeholders $1, $2, … for a query built piece by piece.
class ParamList {
 public:
  std::string Add(Param value) {
    params_.push_back(std::move(value));
    return "$" + std::to_string(params_.size());
  }
  const Params& params() const { return params_; }

 private:
  Params params_;
};

// Invariants: every method holds mu_ for its whole duration (one connection, used by one thread
// at a time; InTransaction's fn may call back, hence a recursive mutex); depth_ counts open
// transaction levels (0: none, 1: BEGIN, >1: savepoints); prepared_ maps SQL text to the name of
// its server-side prepared statement on this connection.
class PostgresStore final : public app::Store,
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
  explicit PostgresStore(PGconn* conn) : conn_(conn), portable_(*this) {}
  ~PostgresStore() override { PQfinish(conn_); }

  Status Init() {
    PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
    if (auto s = ExecScript("SET client_encoding = 'UTF8'; SET datestyle = 'ISO, YMD'; "
                            "SET client_min_messages = warning");
        !s) {
      return s;
    }
    auto collation = FirstText("SELECT collname FROM pg_collation WHERE collname = 'vi-x-icu'");
    if (!collation.ok()) return collation.error();
    if (!*collation) {
      return StorageError(
          "PostgreSQL has no collation \"vi-x-icu\" (a server built without ICU): daihoi needs it "
          "to sort names in Vietnamese order");
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
    auto s =
        Query("SELECT code, name, rank FROM levels ORDER BY rank, code", {}, [&](const Row& row) {
          levels.push_back({row.Text(0), row.Text(1), static_cast<int>(row.Int(2))});
        });
    if (!s) return s.error();
    return levels;
  }

  Status UpsertLevels(const std::vector<org::Level>& levels) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      for (const auto& level : levels) {
        if (auto s = Run("INSERT INTO levels (code, name, rank) VALUES ($1, $2, $3) "
                         "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                         "rank = excluded.rank",
                         {level.code, level.name, Number(level.rank)});
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
      if (auto s = ExecScript("TRUNCATE org_load, org_pending, org_ready"); !s) return s;
      std::string data;
      int64_t seq = 0;
      for (const auto& organization : orgs) {
        AppendCopyField(data, Number(++seq));
        AppendCopyField(data, organization.code);
        AppendCopyField(data, organization.name);
        AppendCopyField(data, organization.level);
        AppendCopyField(data, organization.parent_code);
        AppendCopyField(data, organization.category);
        AppendCopyField(data, organization.members ? Number(*organization.members) : std::nullopt);
        AppendCopyField(data, OrgSearchKey(organization));
        AppendCopyField(data, ByteaHex(OrgNameKey(organization)), true);
      }
      if (auto s = Copy("COPY org_load (seq, code, name, level, parent_code, category, "
                        "stated_members, search_key, name_key) FROM STDIN",
                        data);
          !s) {
        return s;
      }
      return ApplyOrgLoad(*this);
    });
  }

  Result<std::optional<org::Organization>> FindOrganization(const std::string& code) override {
    std::lock_guard lock(mu_);
    std::optional<org::Organization> found;
    auto s = Query(std::string(kOrgSelect) + " WHERE o.code = $1", {code},
                   [&](const Row& row) { found = ReadOrgRow(row).organization; });
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
    std::string where = " WHERE true";
    ParamList params;
    if (!query.root.empty()) {
      auto path = PathOf(query.root);
      if (!path.ok()) return path.error();
      where +=
          " AND o.path >= " + params.Add(*path) + " AND o.path < " + params.Add(PathUpper(*path));
    }
    if (!query.parent.empty()) {
      auto path = PathOf(query.parent);
      if (!path.ok()) return path.error();
      where += " AND o.parent_id = (SELECT id FROM organizations WHERE code = " +
               params.Add(query.parent) + ")";
    }
    if (!query.text.empty()) {
      where += " AND strpos(o.search_key, " + params.Add(text::Fold(query.text)) + ") > 0";
    }
    if (!query.level.empty()) where += " AND o.level = " + params.Add(query.level);
    app::Page<org::Organization> page;
    auto counted = Query("SELECT count(*) FROM organizations o" + where, params.params(),
                         [&](const Row& row) { page.total = row.Int(0); });
    if (!counted) return counted.error();
    std::string limit = params.Add(Number(std::max<int64_t>(query.limit, 0)));
    std::string offset = params.Add(Number(std::max<int64_t>(query.offset, 0)));
    auto listed = Query(
        std::string(kOrgSelect) + where + " ORDER BY o.name COLLATE \"vi-x-icu\", o.code LIMIT " +
            limit + " OFFSET " + offset,
        params.params(),
        [&](const Row& row) { page.items.push_back(ReadOrgRow(row).organization); });
    if (!listed) return listed.error();
    return page;
  }

  Result<std::vector<org::Organization>> Subtree(const std::string& root) override {
    std::lock_guard lock(mu_);
    auto path = PathOf(root);
    if (!path.ok()) return path.error();
    return DepthFirstWhere(" WHERE o.path >= $2 AND o.path < $3", root, {*path, PathUpper(*path)});
  }

  Result<std::vector<org::Organization>> Ancestors(const std::string& code) override {
    std::lock_guard lock(mu_);
    auto path = PathOf(code);
    if (!path.ok()) return path.error();
    std::vector<org::Organization> out;
    auto s = Query(
        "WITH RECURSIVE up (id, depth) AS ("
        " SELECT parent_id, 1 FROM organizations WHERE code = $1 AND parent_id IS NOT NULL"
        " UNION ALL SELECT o.parent_id, up.depth + 1 FROM up JOIN organizations o ON o.id = up.id"
        " WHERE o.parent_id IS NOT NULL) " +
            std::string(kOrgSelect) + " JOIN up ON up.id = o.id ORDER BY up.depth",
        {code}, [&](const Row& row) { out.push_back(ReadOrgRow(row).organization); });
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
        range = " WHERE path >= $1 AND path < $2";
        params = {*path, PathUpper(*path)};
      }
      std::vector<CountRow> rows;
      if (auto q = Query(
              "SELECT id, parent_id, level, stated_members FROM organizations" + range +
                  " ORDER BY path",
              params,
              [&](const Row& row) {
                rows.push_back({row.Int(0), row.OptionalInt(1), row.Text(2), row.OptionalInt(3)});
              });
          !q) {
        return q;
      }
      std::unordered_map<int64_t, RegistryCount> registry;
      std::string members_sql =
          "SELECT org_id, count(*) FILTER (WHERE status = 'full'), count(*) FROM members" +
          (root.empty() ? std::string()
                        : " WHERE org_id IN (SELECT id FROM organizations" + range + ")") +
          " GROUP BY org_id";
      if (auto q = Query(members_sql, params,
                         [&](const Row& row) {
                           registry[row.Int(0)] = {row.Int(1), row.Int(2)};
                         });
          !q) {
        return q;
      }
      std::vector<org::Level> levels;
      if (auto q =
              Query("SELECT code, name, rank FROM levels", {},
                    [&](const Row& row) {
                      levels.push_back({row.Text(0), row.Text(1), static_cast<int>(row.Int(2))});
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

  // COPY into the session table member_load, then one INSERT … ON CONFLICT DO UPDATE.
  Status UpsertMembers(const std::vector<org::Member>& members) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      if (auto s = ExecScript("TRUNCATE member_load"); !s) return s;
      std::string data;
      int64_t seq = 0;
      auto flush = [&]() -> Status {
        if (data.empty()) return {};
        Status s = PutCopyData(data);
        data.clear();
        return s;
      };
      if (auto s = StartCopy("COPY member_load (seq, id, full_name, search_key, name_order_key, "
                             "gender, birth_date, party_join_date, full_member_date, org_code, "
                             "status) FROM STDIN");
          !s) {
        return s;
      }
      for (const auto& member : members) {
        AppendCopyField(data, Number(++seq));
        AppendCopyField(data, member.id);
        AppendCopyField(data, member.full_name);
        AppendCopyField(data, MemberSearchKey(member));
        AppendCopyField(data, ByteaHex(text::NameOrderKey(member.full_name)));
        AppendCopyField(data, member.gender);
        AppendCopyField(data, OptionalDate(member.birth_date));
        AppendCopyField(data, OptionalDate(member.party_join_date));
        AppendCopyField(data, OptionalDate(member.full_member_date));
        AppendCopyField(data, member.org_code);
        AppendCopyField(data, std::string(org::ToString(member.status)), true);
        if (data.size() >= (1 << 20)) {
          if (auto s = flush(); !s) return s;
        }
      }
      if (auto s = flush(); !s) return s;
      if (auto s = EndCopy(); !s) return s;

      auto unknown = FirstText(
          "SELECT l.id || '|' || l.org_code FROM member_load l WHERE NOT EXISTS "
          "(SELECT 1 FROM organizations o WHERE o.code = l.org_code) ORDER BY l.seq LIMIT 1");
      if (!unknown.ok()) return unknown.error();
      if (*unknown) {
        const std::string& found = **unknown;
        size_t bar = found.find('|');
        return InvalidInput("member '" + found.substr(0, bar) + "': unknown organization '" +
                                found.substr(bar + 1) + "'",
                            "org_code");
      }
      // The last row of an id wins, as if the rows were upserted one after another.
      return Run(
          "INSERT INTO members (id, full_name, search_key, name_order_key, gender, birth_date, "
          "party_join_date, full_member_date, org_id, status) "
          "SELECT DISTINCT ON (l.id) l.id, l.full_name, l.search_key, l.name_order_key, "
          "l.gender, l.birth_date, l.party_join_date, l.full_member_date, o.id, l.status "
          "FROM member_load l JOIN organizations o ON o.code = l.org_code "
          "ORDER BY l.id, l.seq DESC "
          "ON CONFLICT (id) DO UPDATE SET full_name = excluded.full_name, "
          "search_key = excluded.search_key, name_order_key = excluded.name_order_key, "
          "gender = excluded.gender, birth_date = excluded.birth_date, "
          "party_join_date = excluded.party_join_date, "
          "full_member_date = excluded.full_member_date, org_id = excluded.org_id, "
          "status = excluded.status",
          {});
    });
  }

  Result<app::Page<org::Member>> SearchMembers(const app::MemberQuery& query) override {
    std::lock_guard lock(mu_);
    std::string where = " WHERE true";
    ParamList params;
    if (!query.root.empty()) {
      auto path = PathOf(query.root);
      if (!path.ok()) return path.error();
      where +=
          " AND o.path >= " + params.Add(*path) + " AND o.path < " + params.Add(PathUpper(*path));
    }
    if (!query.text.empty()) {
      where += " AND strpos(m.search_key, " + params.Add(text::Fold(query.text)) + ") > 0";
    }
    if (query.status) {
      where += " AND m.status = " + params.Add(std::string(org::ToString(*query.status)));
    }
    app::Page<org::Member> page;
    auto counted =
        Query("SELECT count(*) FROM members m JOIN organizations o ON o.id = m.org_id" + where,
              params.params(), [&](const Row& row) { page.total = row.Int(0); });
    if (!counted) return counted.error();
    std::string limit = params.Add(Number(std::max<int64_t>(query.limit, 0)));
    std::string offset = params.Add(Number(std::max<int64_t>(query.offset, 0)));
    // R-ORDER: given name, family name, middle names (the stored key), then birth date, then id.
    auto listed =
        Query(std::string(kMemberSelect) + where +
                  " ORDER BY m.name_order_key, m.birth_date NULLS LAST, m.id LIMIT " + limit +
                  " OFFSET " + offset,
              params.params(), [&](const Row& row) { page.items.push_back(ReadMember(row)); });
    if (!listed) return listed.error();
    return page;
  }

  // A cursor read in batches, so fn may call back into the store between rows.
  Status ForEachMember(const std::string& root,
                       const std::function<void(const org::Member&)>& fn) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kRead, [&]() -> Status {
      std::string sql = kMemberSelect;
      if (!root.empty()) {
        auto path = PathOf(root);
        if (!path.ok()) return path.error();
        sql += " WHERE o.path >= " + Literal(*path) + " AND o.path < " + Literal(PathUpper(*path));
      }
      sql += " ORDER BY m.id";
      std::string cursor = "member_stream_" + std::to_string(++cursor_serial_);
      if (auto s = ExecScript("DECLARE " + cursor + " NO SCROLL CURSOR FOR " + sql); !s) {
        return s;
      }
      while (true) {
        PgResult batch(PQexec(conn_, ("FETCH FORWARD 5000 FROM " + cursor).c_str()), PQclear);
        if (PQresultStatus(batch.get()) != PGRES_TUPLES_OK) {
          return Fail(batch.get(), "reading members");
        }
        int rows = PQntuples(batch.get());
        if (rows == 0) break;
        for (int row = 0; row < rows; ++row) fn(ReadMember(Row(batch.get(), row)));
      }
      return ExecScript("CLOSE " + cursor);
    });
  }

  // Looked up in batches, each one indexed query over a text[] parameter.
  Result<std::vector<std::string>> ExistingMemberIds(const std::vector<std::string>& ids) override {
    std::lock_guard lock(mu_);
    std::vector<std::string> found;
    for (size_t start = 0; start < ids.size(); start += 10000) {
      size_t end = std::min(ids.size(), start + 10000);
      std::string array = "{";
      for (size_t k = start; k < end; ++k) {
        if (k > start) array += ',';
        array += '"';
        for (char c : ids[k]) {
          if (c == '"' || c == '\\') array += '\\';
          array += c;
        }
        array += '"';
      }
      array += '}';
      auto s = Query("SELECT id FROM members WHERE id = ANY($1::text[])", {array},
                     [&](const Row& row) { found.push_back(row.Text(0)); });
      if (!s) return s.error();
    }
    return found;
  }

  Status UpsertCongresses(const std::vector<planning::Congress>& congresses) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      for (const auto& congress : congresses) {
        auto org_id =
            FirstText("SELECT id FROM organizations WHERE code = $1", {congress.org_code});
        if (!org_id.ok()) return org_id.error();
        if (!*org_id) {
          return InvalidInput(
              "congress " + congress.term + ": unknown organization '" + congress.org_code + "'",
              "org_code");
        }
        if (auto s = Run(
                "INSERT INTO congresses (org_id, term, ordinal, kind, pilot, planned_start, "
                "planned_end, held_start, held_end) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                "ON CONFLICT (org_id, term) DO UPDATE SET ordinal = excluded.ordinal, "
                "kind = excluded.kind, pilot = excluded.pilot, "
                "planned_start = excluded.planned_start, planned_end = excluded.planned_end, "
                "held_start = excluded.held_start, held_end = excluded.held_end",
                {**org_id, congress.term, Number(congress.ordinal),
                 std::string(planning::ToString(congress.kind)),
                 std::string(congress.pilot ? "true" : "false"),
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
      // The subtree's ids as an array: joined on the path range, the planner underestimates a
      // province and hashes the whole congresses table (3× slower on the national data set).
      sql +=
          " WHERE c.org_id = ANY(ARRAY(SELECT id FROM organizations WHERE path >= $1 AND path < "
          "$2))";
      params = {*path, PathUpper(*path)};
    }
    sql += " ORDER BY o.code, c.term";
    auto result = Execute(sql, params);
    if (!result.ok()) return result.error();
    const int count = PQntuples(result->get());
    std::vector<planning::Congress> out;
    out.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) out.push_back(ReadCongress(Row(result->get(), i)));
    return out;
  }

  Result<int64_t> SaveAllocation(const app::AllocationRecord& allocation) override {
    std::lock_guard lock(mu_);
    int64_t id = 0;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id =
          FirstText("SELECT id FROM organizations WHERE code = $1", {allocation.org_code});
      if (!org_id.ok()) return org_id.error();
      if (!*org_id) {
        return InvalidInput("allocation: unknown organization '" + allocation.org_code + "'",
                            "org_code");
      }
      auto inserted = FirstText(
          "INSERT INTO allocations (org_id, term, method, seats, minimum, as_of, created_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, "
          "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')) RETURNING id",
          {**org_id, allocation.term, allocation.method, Number(allocation.seats),
           Number(allocation.minimum), allocation.as_of.ToIso()});
      if (!inserted.ok()) return inserted.error();
      id = std::stoll(inserted->value_or("0"));
      int64_t position = 0;
      for (const auto& unit : allocation.units) {
        Param minimum;
        if (unit.minimum) minimum = Number(*unit.minimum);
        if (auto r = Run(
                "INSERT INTO allocation_units (allocation_id, position, org_code, name, "
                "members, member_source, minimum, weight, seats, set_aside, quota_num, "
                "quota_den) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                {Number(id), Number(position++), unit.org_code, unit.name, Number(unit.members),
                 std::string(app::ToString(unit.source)), minimum, unit.weight, Number(unit.seats),
                 std::string(unit.set_aside ? "true" : "false"), unit.quota_num, unit.quota_den});
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
      return ReadAllocations(" WHERE o.code = $1 ORDER BY a.id DESC", {org_code}, out);
    });
    if (!s) return s.error();
    return out;
  }

  Result<std::optional<app::AllocationRecord>> FindAllocation(int64_t id) override {
    std::lock_guard lock(mu_);
    std::vector<app::AllocationRecord> out;
    auto s = Tx(TxKind::kRead,
                [&]() -> Status { return ReadAllocations(" WHERE a.id = $1", {Number(id)}, out); });
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
      return Query(std::string(kCongressSelect) + " WHERE c.org_id = $1 AND c.term = $2",
                   {*org_id, term}, [&](const Row& row) { found = ReadCongress(row); });
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
                         [&](const Row& row) { roll.entries.push_back(ReadRollEntry(row)); });
          !q) {
        return q;
      }
      if (auto q = Query("SELECT id, person, kind, effective, note FROM credential_issues "
                         "WHERE org_id = $1 AND term = $2 ORDER BY id",
                         key,
                         [&](const Row& row) {
                           app::StoredCredentialIssue stored;
                           stored.id = row.Int(0);
                           stored.issue.person = row.Text(1);
                           stored.issue.kind =
                               election::ParseCredentialIssueKind(row.Text(2))
                                   .value_or(election::CredentialIssueKind::kSuspended);
                           stored.issue.effective = row.OptionalDate(3).value_or(Date());
                           stored.issue.note = row.Text(4);
                           roll.issues.push_back(std::move(stored));
                         });
          !q) {
        return q;
      }
      if (auto q = Query("SELECT number, title, date FROM congress_sessions "
                         "WHERE org_id = $1 AND term = $2 ORDER BY number",
                         key,
                         [&](const Row& row) {
                           roll.sessions.push_back(
                               {static_cast<int>(row.Int(0)), row.Text(1), row.OptionalDate(2)});
                         });
          !q) {
        return q;
      }
      return Query(
          "SELECT person, session, reason, accepted FROM absences "
          "WHERE org_id = $1 AND term = $2 ORDER BY person, session",
          key, [&](const Row& row) {
            roll.absences.push_back(
                {row.Text(0), static_cast<int>(row.Int(1)), row.Text(2), row.Text(3) == "t"});
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
        auto found =
            FirstText("SELECT 1 FROM roll_entries WHERE id = $1 AND org_id = $2 AND term = $3",
                      {Number(id), *org_id, term});
        if (!found.ok()) return found.error();
        if (!*found) {
          return NotFound("roll entry " + std::to_string(id) + " is not on the roll of '" +
                          org_code + "' " + term);
        }
      }
      for (int64_t id : remove) {
        const Params person = {*org_id, term, Number(id)};
        for (const char* sql :
             {"DELETE FROM credential_issues WHERE org_id = $1 AND term = $2 AND person = $3",
              "DELETE FROM absences WHERE org_id = $1 AND term = $2 AND person = $3"}) {
          if (auto r = Run(sql, person); !r) return r;
        }
        if (auto r = Run("DELETE FROM roll_entries WHERE id = $1", {Number(id)}); !r) return r;
      }
      for (const auto& entry : add) {
        auto inserted = FirstText(
            "INSERT INTO roll_entries (org_id, term, role, full_name, member_id, gender, "
            "birth_date, unit_code, rank) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
            "RETURNING id",
            {*org_id, term, std::string(election::ToString(entry.role)), entry.full_name,
             entry.member_id, entry.gender, OptionalDate(entry.birth_date), entry.unit_code,
             Number(entry.rank)});
        if (!inserted.ok()) return inserted.error();
        ids.push_back(std::stoll(inserted->value_or("0")));
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
      auto inserted = FirstText(
          "INSERT INTO credential_issues (org_id, term, person, kind, effective, note) "
          "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
          {*org_id, term, issue.person, std::string(election::ToString(issue.kind)),
           issue.effective.ToIso(), issue.note});
      if (!inserted.ok()) return inserted.error();
      id = std::stoll(inserted->value_or("0"));
      return {};
    });
    if (!s) return s.error();
    return id;
  }

  Result<bool> RemoveCredentialIssue(const std::string& org_code, const std::string& term,
                                     int64_t id) override {
    std::lock_guard lock(mu_);
    return DeleteOfRoll(org_code,
                        "DELETE FROM credential_issues WHERE org_id = $1 AND term = $2 "
                        "AND id = $3 RETURNING id",
                        term, {Number(id)});
  }

  Status ReplaceSessions(const std::string& org_code, const std::string& term,
                         const std::vector<election::Session>& sessions) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      if (auto r =
              Run("DELETE FROM congress_sessions WHERE org_id = $1 AND term = $2", {*org_id, term});
          !r) {
        return r;
      }
      for (const auto& session : sessions) {
        if (auto r = Run(
                "INSERT INTO congress_sessions (org_id, term, number, title, date) "
                "VALUES ($1, $2, $3, $4, $5)",
                {*org_id, term, Number(session.number), session.title, OptionalDate(session.date)});
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
          "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (org_id, term, person, session) "
          "DO UPDATE SET reason = excluded.reason, accepted = excluded.accepted",
          {*org_id, term, absence.person, Number(absence.session), absence.reason,
           std::string(absence.accepted ? "true" : "false")});
    });
  }

  Result<bool> RemoveAbsence(const std::string& org_code, const std::string& term,
                             const std::string& person, int session) override {
    std::lock_guard lock(mu_);
    return DeleteOfRoll(org_code,
                        "DELETE FROM absences WHERE org_id = $1 AND term = $2 AND person = $3 "
                        "AND session = $4 RETURNING 1",
                        term, {person, Number(session)});
  }

  // app::ElectionStore. A write locks the row it depends on (the election, or the round for
  // appends and closing) with SELECT … FOR UPDATE, so concurrent writers to one election or
  // round wait for each other and then see each other's work.

  Result<int64_t> CreateElection(const app::ElectionRecord& election) override {
    std::lock_guard lock(mu_);
    int64_t id = 0;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = OrgId(election.org_code);
      if (!org_id.ok()) return org_id.error();
      auto inserted = FirstText(
          "INSERT INTO elections (org_id, term, kind, seats, alternates, title, profile, "
          "required_clerks, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, " +
              std::string(kNowMillis) + ") RETURNING id",
          {*org_id, election.term, std::string(election::ToString(election.kind)),
           Number(election.seats), Number(election.alternates), election.title, election.profile,
           Number(election.required_clerks)});
      if (!inserted.ok()) return inserted.error();
      id = std::stoll(inserted->value_or("0"));
      return WriteCommittee(id, election.counting_committee);
    });
    if (!s) return s.error();
    return id;
  }

  Result<std::optional<app::ElectionRecord>> FindElection(int64_t id) override {
    std::lock_guard lock(mu_);
    std::vector<app::ElectionRecord> out;
    auto s = Tx(TxKind::kRead,
                [&]() -> Status { return ReadElections(" WHERE e.id = $1", {Number(id)}, out); });
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
      return ReadElections(" WHERE e.org_id = $1 AND e.term = $2 ORDER BY e.id", {*org_id, term},
                           out);
    });
    if (!s) return s.error();
    return out;
  }

  Status SetCountingCommittee(int64_t election_id,
                              const std::vector<std::string>& members) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      auto state = ElectionState(election_id, true);
      if (!state.ok()) return state.error();
      if (state->closed_rounds > 0) return CommitteeFrozen(election_id);
      if (auto r =
              Run("DELETE FROM election_committee WHERE election_id = $1", {Number(election_id)});
          !r) {
        return r;
      }
      return WriteCommittee(election_id, members);
    });
  }

  Status ReplaceCandidates(int64_t election_id,
                           const std::vector<app::CandidateRecord>& candidates) override {
    std::lock_guard lock(mu_);
    return Tx(TxKind::kWrite, [&]() -> Status {
      auto state = ElectionState(election_id, true);
      if (!state.ok()) return state.error();
      if (state->locked) return ListLocked(election_id);
      return WriteCandidates(election_id, candidates);
    });
  }

  Result<std::vector<app::CandidateRecord>> Candidates(int64_t election_id) override {
    std::lock_guard lock(mu_);
    std::vector<app::CandidateRecord> out;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      auto state = ElectionState(election_id, false);
      if (!state.ok()) return state.error();
      return Query(
          "SELECT id, full_name, birth_date, member_id, gender FROM candidates "
          "WHERE election_id = $1 ORDER BY position",
          {Number(election_id)}, [&](const Row& row) {
            out.push_back(
                {row.Text(0), row.Text(1), row.OptionalDate(2), row.Text(3), row.Text(4)});
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
      auto state = ElectionState(election_id, true);
      if (!state.ok()) return state.error();
      if (state->locked) return ListLocked(election_id);
      if (auto r = WriteCandidates(election_id, ordered); !r) return r;
      if (auto r = Run("UPDATE elections SET list_digest = $1, locked_at = " +
                           std::string(kNowMillis) + " WHERE id = $2",
                       {digest, Number(election_id)});
          !r) {
        return r;
      }
      if (auto r = InsertRound(election_id, first_round); !r.ok()) return r.error();
      return ReadElections(" WHERE e.id = $1", {Number(election_id)}, out);
    });
    if (!s) return s.error();
    return std::move(out.front());
  }

  Result<int64_t> AddRound(const app::RoundRecord& round) override {
    std::lock_guard lock(mu_);
    int64_t id = 0;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto state = ElectionState(round.election_id, true);
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
    auto s = Tx(TxKind::kRead,
                [&]() -> Status { return ReadRounds(" WHERE id = $1", {Number(round_id)}, out); });
    if (!s) return s.error();
    if (out.empty()) return std::optional<app::RoundRecord>();
    return std::optional<app::RoundRecord>(std::move(out.front()));
  }

  Result<std::vector<app::RoundRecord>> Rounds(int64_t election_id) override {
    std::lock_guard lock(mu_);
    std::vector<app::RoundRecord> out;
    auto s = Tx(TxKind::kRead, [&]() -> Status {
      auto state = ElectionState(election_id, false);
      if (!state.ok()) return state.error();
      return ReadRounds(" WHERE election_id = $1 ORDER BY number", {Number(election_id)}, out);
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
      // Locks the round: the next append to it waits here until this one commits.
      auto last = LastEntryOfOpenRound(draft.round_id);
      if (!last.ok()) return last.error();
      auto now = FirstText("SELECT " + std::string(kNowMillis), {});
      if (!now.ok()) return now.error();
      const app::BallotEntryRecord unsealed =
          Unsealed(draft, last->seq + 1, now->value_or(""), last->hash);
      entry = unsealed;
      seal(entry);
      if (auto c = CheckSealed(unsealed, entry); !c) return c;
      return Run(
          "INSERT INTO ballot_entries (round_id, seq, clerk, number, payload, entered_at, "
          "prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
          {Number(entry.round_id), Number(entry.seq), entry.clerk, Number(entry.number),
           entry.payload, entry.entered_at, entry.prev_hash, entry.hash});
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
      auto state = RoundState(round_id, false);
      if (!state.ok()) return state.error();
      return Query(
          "SELECT round_id, seq, clerk, number, payload, entered_at, prev_hash, hash "
          "FROM ballot_entries WHERE round_id = $1 ORDER BY seq",
          {Number(round_id)}, [&](const Row& row) { entries.push_back(ReadBallotEntry(row)); });
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
        if (auto r =
                Run("INSERT INTO round_exclusions (round_id, ordinal, reason, count) "
                    "VALUES ($1, $2, $3, $4)",
                    {Number(round.id), Number(ordinal++),
                     std::string(election::ToString(exclusion.reason)), Number(exclusion.count)});
            !r) {
          return r;
        }
      }
      Param issued;
      if (round.issued) issued = Number(*round.issued);
      if (auto r = Run("UPDATE rounds SET closed = true, closed_at = " + std::string(kNowMillis) +
                           ", convened = $1, issued = $2, chain_head = $3 WHERE id = $4",
                       {Number(round.convened), issued, round.chain_head, Number(round.id)});
          !r) {
        return r;
      }
      return ReadRounds(" WHERE id = $1", {Number(round.id)}, out);
    });
    if (!s) return s.error();
    return std::move(out.front());
  }


  // Written once over portable SQL for both engines (storage/election_import.cpp).
  Result<app::ImportOutcome> ImportElection(const app::ImportedElection& imported) override {
    return storage::ImportElection(sql(), imported);
  }

 private:
  // The organization's id as a parameter; kNotFound when there is none.
  Result<std::string> OrgId(const std::string& code) {
    auto id = FirstText("SELECT id FROM organizations WHERE code = $1", {code});
    if (!id.ok()) return id.error();
    if (!*id) return NotFound("organization '" + code + "' not found");
    return **id;
  }

  // Runs `sql` (a DELETE … RETURNING whose first parameters are org_id and term, then `rest`) on
  // the roll of (org_code, term); whether it deleted a row.
  Result<bool> DeleteOfRoll(const std::string& org_code, const std::string& sql,
                            const std::string& term, const Params& rest) {
    bool deleted = false;
    auto s = Tx(TxKind::kWrite, [&]() -> Status {
      auto org_id = OrgId(org_code);
      if (!org_id.ok()) return org_id.error();
      Params params = {*org_id, term};
      params.insert(params.end(), rest.begin(), rest.end());
      auto returned = FirstText(sql, params);
      if (!returned.ok()) return returned.error();
      deleted = returned->has_value();
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
        params, [&](const Row& row) {
          app::AllocationRecord record;
          record.id = row.Int(0);
          record.org_code = row.Text(1);
          record.term = row.Text(2);
          record.method = row.Text(3);
          record.seats = row.Int(4);
          record.minimum = row.Int(5);
          record.as_of = row.OptionalDate(6).value_or(Date());
          record.created_at = row.Text(7);
          out.push_back(std::move(record));
        });
    if (!s) return s;
    for (auto& record : out) {
      auto u = Query(
          "SELECT org_code, name, members, member_source, minimum, weight, seats, set_aside, "
          "quota_num, quota_den FROM allocation_units WHERE allocation_id = $1 "
          "ORDER BY position",
          {Number(record.id)}, [&](const Row& row) {
            app::AllocationUnit unit;
            unit.org_code = row.Text(0);
            unit.name = row.Text(1);
            unit.members = row.Int(2);
            unit.source = app::ParseMemberSource(row.Text(3)).value_or(app::MemberSource::kStated);
            unit.minimum = row.OptionalInt(4);
            unit.weight = row.Text(5);
            unit.seats = row.Int(6);
            unit.set_aside = row.Text(7) == "t";
            unit.quota_num = row.Text(8);
            unit.quota_den = row.Text(9);
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

  // kNotFound for an unknown election. `lock`: a writer's, held to the end of the transaction.
  Result<ElectionFacts> ElectionState(int64_t election_id, bool lock) {
    if (lock) {
      auto locked =
          FirstText("SELECT id FROM elections WHERE id = $1 FOR UPDATE", {Number(election_id)});
      if (!locked.ok()) return locked.error();
      if (!*locked) return UnknownElection(election_id);
    }
    std::optional<ElectionFacts> facts;
    auto s = Query(
        "SELECT e.locked_at IS NOT NULL, "
        "(SELECT count(*) FROM rounds r WHERE r.election_id = e.id AND NOT r.closed), "
        "(SELECT count(*) FROM rounds r WHERE r.election_id = e.id AND r.closed) "
        "FROM elections e WHERE e.id = $1",
        {Number(election_id)}, [&](const Row& row) {
          facts = ElectionFacts{row.Text(0) == "t", row.Int(1), row.Int(2)};
        });
    if (!s) return s.error();
    if (!facts) return UnknownElection(election_id);
    return *facts;
  }

  // Whether the round is closed; kNotFound for an unknown round. `lock` as for ElectionState.
  Result<bool> RoundState(int64_t round_id, bool lock) {
    auto closed = FirstText(
        std::string("SELECT closed FROM rounds WHERE id = $1") + (lock ? " FOR UPDATE" : ""),
        {Number(round_id)});
    if (!closed.ok()) return closed.error();
    if (!*closed) return UnknownRound(round_id);
    return **closed == "t";
  }

  // Locks an open round and gives its last entry's seq and hash (0 and empty when there is
  // none); kNotFound for an unknown round, kConflict for a closed one.
  Result<app::BallotEntryRecord> LastEntryOfOpenRound(int64_t round_id) {
    auto closed = RoundState(round_id, true);
    if (!closed.ok()) return closed.error();
    if (*closed) return RoundClosed(round_id);
    app::BallotEntryRecord last;
    auto s = Query(
        "SELECT seq, hash FROM ballot_entries WHERE round_id = $1 "
        "ORDER BY seq DESC LIMIT 1",
        {Number(round_id)}, [&](const Row& row) {
          last.seq = row.Int(0);
          last.hash = row.Text(1);
        });
    if (!s) return s.error();
    return last;
  }

  Status WriteCommittee(int64_t election_id, const std::vector<std::string>& members) {
    int64_t position = 0;
    for (const auto& name : members) {
      if (auto r = Run("INSERT INTO election_committee (election_id, position, name) "
                       "VALUES ($1, $2, $3)",
                       {Number(election_id), Number(position++), name});
          !r) {
        return r;
      }
    }
    return {};
  }

  // Replaces the election's list with `candidates`, in their order.
  Status WriteCandidates(int64_t election_id, const std::vector<app::CandidateRecord>& candidates) {
    if (auto c = CheckCandidateIds(candidates); !c) return c;
    if (auto r = Run("DELETE FROM candidates WHERE election_id = $1", {Number(election_id)}); !r) {
      return r;
    }
    int64_t position = 0;
    for (const auto& candidate : candidates) {
      if (auto r = Run("INSERT INTO candidates (election_id, position, id, full_name, birth_date, "
                       "member_id, gender) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                       {Number(election_id), Number(position++), candidate.id, candidate.full_name,
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
        "SELECT (SELECT COALESCE(max(number), 0) FROM rounds WHERE election_id = $1), "
        "(SELECT count(*) FROM candidates WHERE election_id = $1)",
        {Number(election_id)}, [&](const Row& row) {
          last_number = row.Int(0);
          list_size = row.Int(1);
        });
    if (!s) return s.error();
    if (auto c = CheckNewRound(round, last_number, list_size); !c) return c.error();
    auto inserted = FirstText(
        "INSERT INTO rounds (election_id, number, kind, seats, alternates) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
        {Number(election_id), Number(round.number), std::string(app::ToString(round.kind)),
         Number(round.seats), Number(round.alternates)});
    if (!inserted.ok()) return inserted.error();
    const int64_t id = std::stoll(inserted->value_or("0"));
    int64_t ordinal = 0;
    for (int position : round.candidates) {
      if (auto r = Run("INSERT INTO round_candidates (round_id, ordinal, position) "
                       "VALUES ($1, $2, $3)",
                       {Number(id), Number(ordinal++), Number(position)});
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
                       [&](const Row& row) { out.push_back(ReadElection(row)); });
        !q) {
      return q;
    }
    for (auto& election : out) {
      if (auto q =
              Query("SELECT name FROM election_committee WHERE election_id = $1 ORDER BY position",
                    {Number(election.id)},
                    [&](const Row& row) { election.counting_committee.push_back(row.Text(0)); });
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
                       [&](const Row& row) { out.push_back(ReadRound(row)); });
        !q) {
      return q;
    }
    for (auto& round : out) {
      if (auto q = Query(
              "SELECT position FROM round_candidates WHERE round_id = $1 ORDER BY ordinal",
              {Number(round.id)},
              [&](const Row& row) { round.candidates.push_back(static_cast<int>(row.Int(0))); });
          !q) {
        return q;
      }
      if (auto q = Query(
              "SELECT reason, count FROM round_exclusions WHERE round_id = $1 ORDER BY ordinal",
              {Number(round.id)},
              [&](const Row& row) {
                round.exclusions.push_back(
                    {election::ParseExclusionReason(row.Text(0))
                         .value_or(election::ExclusionReason::kAbsentWithReason),
                     row.Int(1)});
              });
          !q) {
        return q;
      }
    }
    return {};
  }

  Error Fail(const PGresult* result, const std::string& what) {
    std::string message = result != nullptr ? Trimmed(PQresultErrorMessage(result)) : "";
    if (message.empty()) message = Trimmed(PQerrorMessage(conn_));
    return StorageError("PostgreSQL, " + what + ": " + message);
  }

  Status ExecScript(const std::string& sql) {
    PgResult result(PQexec(conn_, sql.c_str()), PQclear);
    auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      return Fail(result.get(), "running \"" + sql.substr(0, 80) + "\"");
    }
    return {};
  }

  std::string Literal(const std::string& value) {
    char* escaped = PQescapeLiteral(conn_, value.data(), value.size());
    std::string out = escaped != nullptr ? escaped : "''";
    PQfreemem(escaped);
    return out;
  }

  // Runs sql as a prepared statement (prepared once per connection).
  Result<PgResult> Execute(const std::string& sql, const Params& params) {
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
      std::string name = "q" + std::to_string(prepared_.size() + 1);
      PgResult prepared(PQprepare(conn_, name.c_str(), sql.c_str(), 0, nullptr), PQclear);
      if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
        return Fail(prepared.get(), "preparing \"" + sql + "\"");
      }
      it = prepared_.emplace(sql, name).first;
    }
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const Param& param : params) values.push_back(param ? param->c_str() : nullptr);
    PgResult result(PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(values.size()),
                                   values.data(), nullptr, nullptr, 0),
                    PQclear);
    auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      return Fail(result.get(), "running \"" + sql + "\"");
    }
    return result;
  }

  template <class RowFn>
  Status Query(const std::string& sql, const Params& params, RowFn&& on_row) {
    auto result = Execute(sql, params);
    if (!result.ok()) return result.error();
    int rows = PQntuples(result->get());
    for (int row = 0; row < rows; ++row) on_row(Row(result->get(), row));
    return {};
  }

  Status Run(const std::string& sql, const Params& params) {
    auto result = Execute(sql, params);
    if (!result.ok()) return result.error();
    return {};
  }

  Result<std::optional<std::string>> FirstText(const std::string& sql, const Params& params) {
    auto result = Execute(sql, params);
    if (!result.ok()) return result.error();
    if (PQntuples(result->get()) == 0) return std::optional<std::string>();
    return std::optional<std::string>(Row(result->get(), 0).Text(0));
  }

  // SqlRunner, for ApplyOrgLoad.
  Result<int64_t> Execute(const std::string& sql) override {
    auto result = Execute(sql, Params{});
    if (!result.ok()) return result.error();
    const char* tuples = PQcmdTuples(result->get());
    return static_cast<int64_t>(tuples != nullptr && *tuples ? std::stoll(tuples) : 0);
  }
  Result<std::optional<std::string>> FirstText(const std::string& sql) override {
    return FirstText(sql, Params{});
  }

  Status StartCopy(const std::string& sql) {
    PgResult result(PQexec(conn_, sql.c_str()), PQclear);
    if (PQresultStatus(result.get()) != PGRES_COPY_IN) return Fail(result.get(), "starting COPY");
    return {};
  }

  Status PutCopyData(const std::string& data) {
    if (PQputCopyData(conn_, data.data(), static_cast<int>(data.size())) != 1) {
      return Fail(nullptr, "sending COPY data");
    }
    return {};
  }

  Status EndCopy() {
    if (PQputCopyEnd(conn_, nullptr) != 1) return Fail(nullptr, "ending COPY");
    Status status;
    while (PGresult* raw = PQgetResult(conn_)) {
      PgResult result(raw, PQclear);
      if (status.ok() && PQresultStatus(raw) != PGRES_COMMAND_OK) status = Fail(raw, "COPY");
    }
    return status;
  }

  Status Copy(const std::string& sql, const std::string& data) {
    if (auto s = StartCopy(sql); !s) return s;
    Status sent = data.empty() ? Status() : PutCopyData(data);
    Status ended = EndCopy();
    if (!sent) return sent;
    return ended;
  }

  // kUser: InTransaction; kWrite: a batch write method; kRead: reads wanting one snapshot.
  // Nested, each runs in a savepoint (a failed statement would otherwise abort the enclosing
  // transaction). A failed nested write also poisons the enclosing transaction, which then rolls
  // back whatever its fn returns: batches are all-or-nothing, as on SQLite (which cannot afford
  // savepoints around large writes).
  enum class TxKind { kUser, kWrite, kRead };

  Status Tx(TxKind kind, const std::function<Status()>& fn) {
    const bool outer = depth_ == 0;
    const std::string name = "sp" + std::to_string(depth_);
    if (outer) poison_.reset();
    const bool poisoned_before = poison_.has_value();
    if (auto s = ExecScript(outer ? "BEGIN" : "SAVEPOINT " + name); !s) return s;
    ++depth_;
    Status result;
    try {
      result = fn();
    } catch (...) {
      --depth_;
      Rollback(outer, name);
      if (!outer && kind == TxKind::kWrite && !poison_) {
        poison_ = Error(ErrorCode::kInternal, "a write failed with an exception");
      }
      throw;
    }
    --depth_;
    if (!outer && kind != TxKind::kUser) {
      if (!result) {
        Rollback(outer, name);
        if (kind == TxKind::kWrite && !poison_) poison_ = result.error();
        return result;
      }
      return ExecScript("RELEASE " + name);
    }
    const bool poisoned_here = poison_.has_value() && !poisoned_before;
    if (!result || poisoned_here) {
      Rollback(outer, name);
      Error error = result ? *poison_ : result.error();
      if (poisoned_here) poison_.reset();
      return error;
    }
    if (auto s = ExecScript(outer ? "COMMIT" : "RELEASE " + name); !s) {
      Rollback(outer, name);
      return s;
    }
    return {};
  }

  void Rollback(bool outer, const std::string& savepoint) {
    if (outer) {
      (void)ExecScript("ROLLBACK");
    } else {
      (void)ExecScript("ROLLBACK TO " + savepoint + "; RELEASE " + savepoint);
    }
  }

  Result<std::string> PathOf(const std::string& code) {
    auto path = FirstText("SELECT path FROM organizations WHERE code = $1", {code});
    if (!path.ok()) return path.error();
    if (!*path) return NotFound("organization '" + code + "' not found");
    return **path;
  }

  // `where` numbers its parameters from $2; $1 is `top`, the code of the one row whose parent
  // is outside the rows ("" when there is none). The rows come in table order: DepthFirst
  // orders them.
  Result<std::vector<org::Organization>> DepthFirstWhere(const std::string& where,
                                                         const std::string& top, Params params) {
    params.insert(params.begin(), top);
    auto result = Execute(std::string(kOrgTreeSelect) + where, params);
    if (!result.ok()) return result.error();
    const int count = PQntuples(result->get());
    std::vector<OrgRow> rows;
    rows.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
      const Row row(result->get(), i);
      OrgRow read = ReadOrgRow(row);
      if (!row.IsNull(8)) read.name_key = row.HexBytes(8);
      rows.push_back(std::move(read));
    }
    result->reset();  // the text of 300,000 rows, no longer needed while ordering them
    return DepthFirst(std::move(rows));
  }

  // Migration 16: every organization's name key made again when they were made by another ICU
  // version than this one (or never). Under the migrations' lock, so one process does it.
  Status RefreshNameKeys() {
    auto made_with = FirstText("SELECT icu FROM organization_name_keys WHERE id = 1", {});
    if (!made_with.ok()) return made_with.error();
    if (*made_with == NameKeyVersion()) return {};
    return Tx(TxKind::kWrite, [&]() -> Status {
      if (auto s = ExecScript("SELECT pg_advisory_xact_lock(7418130501)"); !s) return s;
      auto again = FirstText("SELECT icu FROM organization_name_keys WHERE id = 1", {});
      if (!again.ok()) return again.error();
      if (*again == NameKeyVersion()) return {};
      std::string data;
      auto s = Query("SELECT id, name FROM organizations", {}, [&](const Row& row) {
        org::Organization organization;
        organization.name = row.Text(1);
        AppendCopyField(data, row.Text(0));
        AppendCopyField(data, ByteaHex(OrgNameKey(organization)), true);
      });
      if (!s) return s;
      if (auto s = ExecScript("CREATE TEMP TABLE org_name_key_load (id bigint PRIMARY KEY, "
                              "name_key bytea NOT NULL) ON COMMIT DROP");
          !s) {
        return s;
      }
      if (auto s = Copy("COPY org_name_key_load (id, name_key) FROM STDIN", data); !s) return s;
      if (auto s = ExecScript("UPDATE organizations o SET name_key = l.name_key "
                              "FROM org_name_key_load l WHERE l.id = o.id");
          !s) {
        return s;
      }
      return Run("UPDATE organization_name_keys SET icu = $1 WHERE id = 1", {NameKeyVersion()});
    });
  }

  // storage/sql.h over this connection: its lock, its prepared statements, its transactions.
  class PortableSql final : public Sql {
   public:
    explicit PortableSql(PostgresStore& store) : store_(store) {}

    Result<int64_t> Run(const std::string& sql, const SqlParams& params) override {
      std::lock_guard lock(store_.mu_);
      auto result = store_.Execute(sql, Convert(params));
      if (!result.ok()) return result.error();
      const char* tuples = PQcmdTuples(result->get());
      return static_cast<int64_t>(tuples != nullptr && *tuples ? std::stoll(tuples) : 0);
    }

    Status Query(const std::string& sql, const SqlParams& params,
                 const std::function<void(const SqlRow&)>& on_row) override {
      std::lock_guard lock(store_.mu_);
      auto result = store_.Execute(sql, Convert(params));
      if (!result.ok()) return result.error();
      const int rows = PQntuples(result->get());
      for (int row = 0; row < rows; ++row) on_row(PortableRow(result->get(), row));
      return {};
    }

    Status Transaction(const std::function<Status()>& fn) override {
      std::lock_guard lock(store_.mu_);
      return store_.Tx(TxKind::kWrite, fn);
    }

    std::string ViCollate() const override { return "COLLATE \"vi-x-icu\""; }
    std::string NowUtc() const override {
      return "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    }

   private:
    class PortableRow final : public SqlRow {
     public:
      PortableRow(const PGresult* result, int row) : row_(result, row) {}
      bool IsNull(int column) const override { return row_.IsNull(column); }
      std::string Text(int column) const override { return row_.Text(column); }

     private:
      Row row_;
    };

    static Params Convert(const SqlParams& params) {
      Params out;
      out.reserve(params.size());
      for (const SqlValue& value : params) {
        out.push_back(value.is_null() ? Param() : Param(value.text()));
      }
      return out;
    }

    PostgresStore& store_;
  };

  Sql& sql() override { return portable_; }

  Status Migrate() {
    return Tx(TxKind::kWrite, [&]() -> Status {
      // Two processes opening a new database at once: the second waits, then finds it done.
      if (auto s = ExecScript("SELECT pg_advisory_xact_lock(7418130501)"); !s) return s;
      if (auto s = ExecScript("CREATE TABLE IF NOT EXISTS schema_migrations (version integer "
                              "PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL "
                              "DEFAULT now())");
          !s) {
        return s;
      }
      std::set<int64_t> applied;
      if (auto q = Query("SELECT version FROM schema_migrations", {},
                         [&](const Row& row) { applied.insert(row.Int(0)); });
          !q) {
        return q;
      }
      const auto& migrations = PostgresMigrations();
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
        if (auto s = Run("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                         {Number(migration.version), std::string(migration.name)});
            !s) {
          return s;
        }
        if (migration.version == 1) {
          // The one source of the out-of-the-box levels is org::DefaultLevels().
          for (const auto& level : org::DefaultLevels()) {
            if (auto s = Run("INSERT INTO levels (code, name, rank) VALUES ($1, $2, $3)",
                             {level.code, level.name, Number(level.rank)});
                !s) {
              return s;
            }
          }
        }
      }
      return {};
    });
  }

  PGconn* conn_;
  std::recursive_mutex mu_;
  std::unordered_map<std::string, std::string> prepared_;
  int depth_ = 0;
  std::optional<Error> poison_;  // a nested write failed: the enclosing level must roll back
  int64_t cursor_serial_ = 0;
  PortableSql portable_;
};

}  // namespace

Result<std::unique_ptr<app::Store>> OpenPostgresStore(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (conn == nullptr) return StorageError("PostgreSQL: out of memory connecting");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = Trimmed(PQerrorMessage(conn));
    PQfinish(conn);
    return StorageError("PostgreSQL, connecting: " + message);
  }
  auto store = std::make_unique<PostgresStore>(conn);
  if (auto s = store->Init(); !s) return s.error();
  return std::unique_ptr<app::Store>(std::move(store));
}

}  // namespace daihoi::storage
