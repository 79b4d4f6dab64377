#include "storage/election_import.h"

#include <string>
#include <utility>
#include <vector>

#include "storage/election_rules.h"

namespace daihoi::storage {
namespace {

Error Differs(const app::ImportedElection& imported, std::string what) {
  return Error(ErrorCode::kConflict,
               "cuộc bầu cử số " + std::to_string(imported.election.venue_election_id) +
                   " của điểm bầu cử đã nhập trước đây khác với gói này: " + std::move(what) +
                   " (differs from what was imported before)",
               "election");
}

Status InsertCommittee(Sql& sql, int64_t election_id, const std::vector<std::string>& members) {
  int64_t position = 0;
  for (const std::string& name : members) {
    auto r =
        sql.Run("INSERT INTO election_committee (election_id, position, name) VALUES ($1, $2, $3)",
                {election_id, position++, name});
    if (!r.ok()) return r.error();
  }
  return {};
}

Result<std::vector<std::string>> StoredCommittee(Sql& sql, int64_t election_id) {
  std::vector<std::string> names;
  auto q = sql.Query("SELECT name FROM election_committee WHERE election_id = $1 ORDER BY position",
                     {election_id}, [&](const SqlRow& row) { names.push_back(row.Text(0)); });
  if (!q) return q.error();
  return names;
}

Result<int64_t> InsertElection(Sql& sql, const app::ImportedElection& imported) {
  const app::ElectionRecord& election = imported.election;
  auto org_id = sql.OrgId(election.org_code);
  if (!org_id.ok()) return org_id.error();
  if (auto c = CheckCandidateIds(imported.candidates); !c) return c.error();
  auto id = sql.InsertId(
      "INSERT INTO elections (org_id, term, kind, seats, alternates, title, profile, "
      "required_clerks, list_digest, locked_at, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
      {*org_id, election.term, election::ToString(election.kind), election.seats,
       election.alternates, election.title, election.profile, election.required_clerks,
       election.list_digest,
       election.locked_at.empty() ? SqlValue(nullptr) : SqlValue(election.locked_at),
       election.created_at});
  if (!id.ok()) return id.error();
  if (auto s = InsertCommittee(sql, *id, election.counting_committee); !s) return s.error();
  int64_t position = 0;
  for (const app::CandidateRecord& candidate : imported.candidates) {
    auto r = sql.Run(
        "INSERT INTO candidates (election_id, position, id, full_name, birth_date, member_id, "
        "gender) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {*id, position++, candidate.id, candidate.full_name, candidate.birth_date,
         candidate.member_id, candidate.gender});
    if (!r.ok()) return r.error();
  }
  auto r = sql.Run(
      "INSERT INTO election_origins (election_id, venue_key, venue_election_id, imported_at) "
      "VALUES ($1, $2, $3, " +
          sql.NowUtc() + ")",
      {*id, election.venue_key, election.venue_election_id});
  if (!r.ok()) return r.error();
  return *id;
}

// The round stored for a venue round: its id here, whether closed, its number and chain head.
struct StoredRound {
  int64_t id = 0;
  bool closed = false;
  int64_t number = 0;
  std::string chain_head;
};

Result<std::optional<StoredRound>> FindStoredRound(Sql& sql, int64_t election_id,
                                                   int64_t venue_round_id) {
  std::optional<StoredRound> found;
  auto q = sql.Query(
      "SELECT r.id, CASE WHEN r.closed THEN 1 ELSE 0 END, r.number, r.chain_head FROM rounds r "
      "JOIN round_origins x ON x.round_id = r.id "
      "WHERE r.election_id = $1 AND x.venue_round_id = $2",
      {election_id, venue_round_id}, [&](const SqlRow& row) {
        found = StoredRound{row.Int(0), row.Flag(1), row.Int(2), row.Text(3)};
      });
  if (!q) return q.error();
  return found;
}

Result<int64_t> InsertRound(Sql& sql, int64_t election_id, const app::RoundRecord& round) {
  auto last = sql.FirstInt("SELECT COALESCE(max(number), 0) FROM rounds WHERE election_id = $1",
                           {election_id});
  if (!last.ok()) return last.error();
  auto size = sql.FirstInt("SELECT count(*) FROM candidates WHERE election_id = $1", {election_id});
  if (!size.ok()) return size.error();
  if (auto c = CheckNewRound(round, last->value_or(0), size->value_or(0)); !c) return c.error();
  auto id = sql.InsertId(
      "INSERT INTO rounds (election_id, number, kind, seats, alternates) "
      "VALUES ($1, $2, $3, $4, $5) RETURNING id",
      {election_id, round.number, app::ToString(round.kind), round.seats, round.alternates});
  if (!id.ok()) return id.error();
  int64_t ordinal = 0;
  for (int position : round.candidates) {
    auto r =
        sql.Run("INSERT INTO round_candidates (round_id, ordinal, position) VALUES ($1, $2, $3)",
                {*id, ordinal++, position});
    if (!r.ok()) return r.error();
  }
  auto r = sql.Run("INSERT INTO round_origins (round_id, venue_round_id) VALUES ($1, $2)",
                   {*id, round.id});
  if (!r.ok()) return r.error();
  return *id;
}

// The hashes of a stored round's entries, in seq order.
Result<std::vector<std::string>> StoredHashes(Sql& sql, int64_t round_id) {
  std::vector<std::string> hashes;
  auto q = sql.Query("SELECT hash FROM ballot_entries WHERE round_id = $1 ORDER BY seq", {round_id},
                     [&](const SqlRow& row) { hashes.push_back(row.Text(0)); });
  if (!q) return q.error();
  return hashes;
}

std::string RoundName(const app::RoundRecord& round) {
  return "vòng " + std::to_string(round.number) + " (số " + std::to_string(round.id) +
         " tại điểm bầu cử)";
}

// Inserts what the stored round lacks of `given`: later entries, then the snapshot.
Status ExtendRound(Sql& sql, const app::ImportedElection& imported, const StoredRound& stored,
                   const app::ImportedRound& given, app::ImportOutcome& outcome) {
  auto hashes = StoredHashes(sql, stored.id);
  if (!hashes.ok()) return hashes.error();
  if (hashes->size() > given.entries.size()) {
    return Differs(imported, RoundName(given.round) + " đã có " + std::to_string(hashes->size()) +
                                 " bản ghi, gói này chỉ có " +
                                 std::to_string(given.entries.size()));
  }
  for (size_t i = 0; i < hashes->size(); ++i) {
    if ((*hashes)[i] != given.entries[i].hash) {
      return Differs(imported, RoundName(given.round) + ", bản ghi số " +
                                   std::to_string(given.entries[i].seq) + " khác");
    }
  }
  if (stored.closed) {
    if (!given.round.closed || given.round.chain_head != stored.chain_head ||
        hashes->size() != given.entries.size()) {
      return Differs(imported, RoundName(given.round) + " đã khóa với đầu chuỗi khác");
    }
    return {};
  }
  for (size_t i = hashes->size(); i < given.entries.size(); ++i) {
    const app::BallotEntryRecord& entry = given.entries[i];
    // As entered at the venue: seq, time and hashes kept (the chain carries the venue's ids).
    auto r = sql.Run(
        "INSERT INTO ballot_entries (round_id, seq, clerk, number, payload, entered_at, "
        "prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {stored.id, entry.seq, entry.clerk, entry.number, entry.payload, entry.entered_at,
         entry.prev_hash, entry.hash});
    if (!r.ok()) return r.error();
    ++outcome.entries_added;
  }
  if (!given.round.closed) return {};
  int64_t ordinal = 0;
  for (const election::Exclusion& exclusion : given.round.exclusions) {
    auto r = sql.Run(
        "INSERT INTO round_exclusions (round_id, ordinal, reason, count) VALUES ($1, $2, $3, $4)",
        {stored.id, ordinal++, election::ToString(exclusion.reason), exclusion.count});
    if (!r.ok()) return r.error();
  }
  auto r = sql.Run(
      "UPDATE rounds SET closed = TRUE, closed_at = $1, convened = $2, issued = $3, "
      "chain_head = $4 WHERE id = $5",
      {given.round.closed_at, given.round.convened, given.round.issued, given.round.chain_head,
       stored.id});
  if (!r.ok()) return r.error();
  ++outcome.rounds_closed;
  return {};
}

}  // namespace

Result<app::ImportOutcome> ImportElection(Sql& sql, const app::ImportedElection& imported) {
  app::ImportOutcome outcome;
  Status done = sql.Transaction([&]() -> Status {
    const app::ElectionRecord& election = imported.election;
    auto existing = sql.FirstInt(
        "SELECT election_id FROM election_origins WHERE venue_key = $1 AND venue_election_id = $2",
        {election.venue_key, election.venue_election_id});
    if (!existing.ok()) return existing.error();
    if (*existing) {
      outcome.election_id = **existing;
      auto digest =
          sql.FirstText("SELECT list_digest FROM elections WHERE id = $1", {outcome.election_id});
      if (!digest.ok()) return digest.error();
      if (digest->value_or("") != election.list_digest) {
        return Differs(imported, "danh sách bầu cử (list digest)");
      }
      auto committee = StoredCommittee(sql, outcome.election_id);
      if (!committee.ok()) return committee.error();
      if (*committee != election.counting_committee) {
        // The committee may change at the venue until its first round closes.
        auto closed = sql.FirstInt("SELECT count(*) FROM rounds WHERE election_id = $1 AND closed",
                                   {outcome.election_id});
        if (!closed.ok()) return closed.error();
        if (closed->value_or(0) > 0) return Differs(imported, "ban kiểm phiếu");
        auto r =
            sql.Run("DELETE FROM election_committee WHERE election_id = $1", {outcome.election_id});
        if (!r.ok()) return r.error();
        if (auto s = InsertCommittee(sql, outcome.election_id, election.counting_committee); !s) {
          return s;
        }
        outcome.committee_replaced = true;
      }
    } else {
      auto id = InsertElection(sql, imported);
      if (!id.ok()) return id.error();
      outcome.election_id = *id;
      outcome.created = true;
    }
    for (const app::ImportedRound& given : imported.rounds) {
      auto stored = FindStoredRound(sql, outcome.election_id, given.round.id);
      if (!stored.ok()) return stored.error();
      StoredRound round;
      if (*stored) {
        round = **stored;
        if (round.number != given.round.number) {
          return Differs(imported, RoundName(given.round) + " mang số vòng khác");
        }
      } else {
        auto id = InsertRound(sql, outcome.election_id, given.round);
        if (!id.ok()) return id.error();
        round.id = *id;
        round.number = given.round.number;
        ++outcome.rounds_added;
      }
      if (auto s = ExtendRound(sql, imported, round, given, outcome); !s) return s;
    }
    return {};
  });
  if (!done) return done.error();
  return outcome;
}

}  // namespace daihoi::storage
