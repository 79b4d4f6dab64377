#pragma once
// An in-memory app::ElectionStore for use-case tests (STYLE.md: ports with fakes), with the
// semantics of the storage engines (storage/election_store_contract_test.cpp): the same error
// codes and fields, ids never reused, each method all-or-nothing, entries append-only and
// sealed as the port says. Its clock starts at 2025-06-10T08:00:00.000Z and moves 1 ms per
// stamp. Organizations are looked up in the FakeStore (or any Store) it is given.

#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/ports/election_store.h"
#include "app/ports/store.h"

namespace daihoi::app::testing {

class FakeElectionStore : public ElectionStore {
 public:
  explicit FakeElectionStore(Store& registry) : registry_(registry) {}

  bool fail_writes = false;  // every write fails with kStorage and writes nothing

  Result<int64_t> CreateElection(const ElectionRecord& election) override {
    if (fail_writes) return StorageError("disk full");
    auto organization = registry_.FindOrganization(election.org_code);
    if (!organization.ok()) return organization.error();
    if (!organization->has_value()) {
      return NotFound("organization '" + election.org_code + "' not found");
    }
    Stored stored;
    stored.record = election;
    stored.record.id = next_election_id_++;
    stored.record.list_digest.clear();
    stored.record.locked_at.clear();
    stored.record.created_at = Stamp();
    elections_[stored.record.id] = stored;
    return stored.record.id;
  }

  Result<std::optional<ElectionRecord>> FindElection(int64_t id) override {
    auto it = elections_.find(id);
    if (it == elections_.end()) return std::optional<ElectionRecord>();
    return std::optional<ElectionRecord>(it->second.record);
  }

  Result<std::vector<ElectionRecord>> Elections(const std::string& org_code,
                                                const std::string& term) override {
    auto organization = registry_.FindOrganization(org_code);
    if (!organization.ok()) return organization.error();
    if (!organization->has_value()) return NotFound("organization '" + org_code + "' not found");
    std::vector<ElectionRecord> out;
    for (const auto& [id, stored] : elections_) {
      if (stored.record.org_code == org_code && stored.record.term == term) {
        out.push_back(stored.record);
      }
    }
    return out;
  }

  Status SetCountingCommittee(int64_t election_id,
                              const std::vector<std::string>& members) override {
    auto stored = Find(election_id);
    if (!stored.ok()) return stored.error();
    if (fail_writes) return StorageError("disk full");
    for (const auto& [id, round] : rounds_) {
      if (round.election_id == election_id && round.closed) {
        return Error(ErrorCode::kConflict, "a round is closed: the counting committee is final");
      }
    }
    (*stored)->record.counting_committee = members;
    return {};
  }

  Status ReplaceCandidates(int64_t election_id,
                           const std::vector<CandidateRecord>& candidates) override {
    auto stored = Find(election_id);
    if (!stored.ok()) return stored.error();
    if (!(*stored)->record.locked_at.empty()) return Locked();
    if (auto s = CheckIds(candidates); !s) return s;
    if (fail_writes) return StorageError("disk full");
    (*stored)->candidates = candidates;
    return {};
  }

  Result<std::vector<CandidateRecord>> Candidates(int64_t election_id) override {
    auto stored = Find(election_id);
    if (!stored.ok()) return stored.error();
    return (*stored)->candidates;
  }

  Result<ElectionRecord> LockElection(int64_t election_id,
                                      const std::vector<CandidateRecord>& ordered,
                                      const std::string& digest,
                                      const RoundRecord& first_round) override {
    auto stored = Find(election_id);
    if (!stored.ok()) return stored.error();
    if (!(*stored)->record.locked_at.empty()) return Locked();
    if (auto s = CheckIds(ordered); !s) return s.error();
    if (auto s = CheckNewRound(election_id, first_round, static_cast<int64_t>(ordered.size()));
        !s) {
      return s.error();
    }
    if (fail_writes) return StorageError("disk full");
    (*stored)->candidates = ordered;
    (*stored)->record.list_digest = digest;
    (*stored)->record.locked_at = Stamp();
    InsertRound(election_id, first_round);
    return (*stored)->record;
  }

  Result<int64_t> AddRound(const RoundRecord& round) override {
    auto stored = Find(round.election_id);
    if (!stored.ok()) return stored.error();
    if ((*stored)->record.locked_at.empty()) {
      return Error(ErrorCode::kConflict, "the ballot list is not locked");
    }
    for (const auto& [id, other] : rounds_) {
      if (other.election_id == round.election_id && !other.closed) {
        return Error(ErrorCode::kConflict, "a round is still open");
      }
    }
    if (auto s = CheckNewRound(round.election_id, round,
                               static_cast<int64_t>((*stored)->candidates.size()));
        !s) {
      return s.error();
    }
    if (fail_writes) return StorageError("disk full");
    return InsertRound(round.election_id, round);
  }

  Result<std::optional<RoundRecord>> FindRound(int64_t round_id) override {
    auto it = rounds_.find(round_id);
    if (it == rounds_.end()) return std::optional<RoundRecord>();
    return std::optional<RoundRecord>(it->second);
  }

  Result<std::vector<RoundRecord>> Rounds(int64_t election_id) override {
    auto stored = Find(election_id);
    if (!stored.ok()) return stored.error();
    std::map<int, RoundRecord> by_number;
    for (const auto& [id, round] : rounds_) {
      if (round.election_id == election_id) by_number[round.number] = round;
    }
    std::vector<RoundRecord> out;
    for (auto& [number, round] : by_number) out.push_back(round);
    return out;
  }

  Result<BallotEntryRecord> AppendBallotEntry(
      const BallotEntryRecord& draft,
      const std::function<void(BallotEntryRecord&)>& seal) override {
    auto round = OpenRound(draft.round_id);
    if (!round.ok()) return round.error();
    if (fail_writes) return StorageError("disk full");
    auto& entries = entries_[draft.round_id];
    BallotEntryRecord unsealed = draft;
    unsealed.seq = static_cast<int64_t>(entries.size()) + 1;
    unsealed.entered_at = Stamp();
    unsealed.prev_hash = entries.empty() ? "" : entries.back().hash;
    unsealed.hash.clear();
    BallotEntryRecord entry = unsealed;
    seal(entry);
    const bool kept = entry.round_id == unsealed.round_id && entry.seq == unsealed.seq &&
                      entry.clerk == unsealed.clerk && entry.number == unsealed.number &&
                      entry.payload == unsealed.payload &&
                      entry.entered_at == unsealed.entered_at &&
                      (unsealed.prev_hash.empty() || entry.prev_hash == unsealed.prev_hash);
    if (!kept || entry.hash.empty() || entry.prev_hash.empty()) {
      return Error(ErrorCode::kInternal, "the seal changed what the store set or left no hash");
    }
    entries.push_back(entry);
    return entry;
  }

  Status ForEachBallotEntry(int64_t round_id,
                            const std::function<void(const BallotEntryRecord&)>& fn) override {
    if (!rounds_.count(round_id)) return UnknownRound(round_id);
    const std::vector<BallotEntryRecord> entries = entries_[round_id];  // fn may append
    for (const auto& entry : entries) fn(entry);
    return {};
  }

  Result<RoundRecord> CloseRound(const RoundRecord& round) override {
    auto open = OpenRound(round.id);
    if (!open.ok()) return open.error();
    const auto& entries = entries_[round.id];
    const std::string last = entries.empty() ? "" : entries.back().hash;
    if (last != round.chain_head) {
      return Error(ErrorCode::kConflict, "an entry was appended after the chain head");
    }
    if (fail_writes) return StorageError("disk full");
    RoundRecord& stored = **open;
    stored.closed = true;
    stored.closed_at = Stamp();
    stored.convened = round.convened;
    stored.exclusions = round.exclusions;
    stored.issued = round.issued;
    stored.chain_head = round.chain_head;
    return stored;
  }

  // As storage/election_import.cpp: a new election is stored whole; one imported before from
  // the same venue key and id is extended by the rounds and entries it lacks.
  Result<ImportOutcome> ImportElection(const ImportedElection& imported) override {
    if (fail_writes) return StorageError("disk full");
    const ElectionRecord& given = imported.election;
    ImportOutcome outcome;
    for (const auto& [id, stored] : elections_) {
      if (stored.record.venue_key == given.venue_key &&
          stored.record.venue_election_id == given.venue_election_id) {
        outcome.election_id = id;
      }
    }
    auto copy_elections = elections_;
    auto copy_rounds = rounds_;
    auto copy_entries = entries_;
    auto fail = [&](Error error) -> Result<ImportOutcome> {
      elections_ = copy_elections;
      rounds_ = copy_rounds;
      entries_ = copy_entries;
      return error;
    };
    if (outcome.election_id == 0) {
      auto organization = registry_.FindOrganization(given.org_code);
      if (!organization.ok()) return organization.error();
      if (!organization->has_value()) {
        return NotFound("organization '" + given.org_code + "' not found");
      }
      if (auto s = CheckIds(imported.candidates); !s) return s.error();
      Stored stored{given, imported.candidates};
      stored.record.id = next_election_id_++;
      elections_[stored.record.id] = stored;
      outcome.election_id = stored.record.id;
      outcome.created = true;
    } else if (elections_[outcome.election_id].record.list_digest != given.list_digest) {
      return Error(ErrorCode::kConflict, "the list differs from what was imported before",
                   "election");
    }
    for (const ImportedRound& round : imported.rounds) {
      int64_t local = 0;
      for (const auto& [id, stored] : rounds_) {
        if (stored.election_id == outcome.election_id && stored.venue_round_id == round.round.id) {
          local = id;
        }
      }
      if (local == 0) {
        if (auto s = CheckNewRound(outcome.election_id, round.round,
                                   static_cast<int64_t>(imported.candidates.size()));
            !s) {
          return fail(s.error());
        }
        local = InsertRound(outcome.election_id, round.round);
        rounds_[local].venue_round_id = round.round.id;
        ++outcome.rounds_added;
      }
      auto& entries = entries_[local];
      if (entries.size() > round.entries.size()) {
        return fail(Error(ErrorCode::kConflict, "fewer entries than imported before", "election"));
      }
      for (size_t k = 0; k < round.entries.size(); ++k) {
        if (k < entries.size()) {
          if (entries[k].hash != round.entries[k].hash) {
            return fail(Error(ErrorCode::kConflict, "an entry differs", "election"));
          }
          continue;
        }
        if (rounds_[local].closed) {
          return fail(Error(ErrorCode::kConflict, "the round is closed", "election"));
        }
        BallotEntryRecord entry = round.entries[k];
        entry.round_id = local;
        entries.push_back(entry);
        ++outcome.entries_added;
      }
      if (round.round.closed && !rounds_[local].closed) {
        RoundRecord& stored = rounds_[local];
        stored.closed = true;
        stored.closed_at = round.round.closed_at;
        stored.convened = round.round.convened;
        stored.exclusions = round.round.exclusions;
        stored.issued = round.round.issued;
        stored.chain_head = round.round.chain_head;
        ++outcome.rounds_closed;
      }
    }
    return outcome;
  }

  // For tests of chain verification: changes what no store method can (the engines' triggers
  // refuse it).
  std::vector<BallotEntryRecord>& MutableEntries(int64_t round_id) { return entries_[round_id]; }

 private:
  struct Stored {
    ElectionRecord record;
    std::vector<CandidateRecord> candidates;
  };

  std::string Stamp() {
    const int64_t ms = ticks_++;
    const int64_t seconds = 8 * 3600 + ms / 1000;
    char text[32];
    std::snprintf(text, sizeof text, "2025-06-10T%02lld:%02lld:%02lld.%03lldZ",
                  static_cast<long long>(seconds / 3600 % 24),
                  static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60),
                  static_cast<long long>(ms % 1000));
    return text;
  }

  static Error UnknownElection(int64_t id) {
    return NotFound("election " + std::to_string(id) + " not found");
  }
  static Error UnknownRound(int64_t id) {
    return NotFound("round " + std::to_string(id) + " not found");
  }
  static Error Locked() { return Error(ErrorCode::kConflict, "the ballot list is locked"); }

  Result<Stored*> Find(int64_t election_id) {
    auto it = elections_.find(election_id);
    if (it == elections_.end()) return UnknownElection(election_id);
    return &it->second;
  }

  Result<RoundRecord*> OpenRound(int64_t round_id) {
    auto it = rounds_.find(round_id);
    if (it == rounds_.end()) return UnknownRound(round_id);
    if (it->second.closed) return Error(ErrorCode::kConflict, "the round is closed");
    return &it->second;
  }

  static Status CheckIds(const std::vector<CandidateRecord>& candidates) {
    std::set<std::string> seen;
    for (size_t k = 0; k < candidates.size(); ++k) {
      if (candidates[k].id.empty() || !seen.insert(candidates[k].id).second) {
        return InvalidInput("missing or repeated candidate id",
                            "candidates[" + std::to_string(k) + "].id");
      }
    }
    return {};
  }

  Status CheckNewRound(int64_t election_id, const RoundRecord& round, int64_t list_size) const {
    int last = 0;
    for (const auto& [id, other] : rounds_) {
      if (other.election_id == election_id && other.number > last) last = other.number;
    }
    if (round.number != last + 1) {
      return InvalidInput("the next round is number " + std::to_string(last + 1), "number");
    }
    std::set<int> seen;
    for (int position : round.candidates) {
      if (position < 0 || position >= list_size || !seen.insert(position).second) {
        return InvalidInput("position " + std::to_string(position) + " is not on the list once",
                            "candidates");
      }
    }
    return {};
  }

  int64_t InsertRound(int64_t election_id, const RoundRecord& round) {
    RoundRecord stored;
    stored.id = next_round_id_++;
    stored.election_id = election_id;
    stored.number = round.number;
    stored.kind = round.kind;
    stored.candidates = round.candidates;
    stored.seats = round.seats;
    stored.alternates = round.alternates;
    rounds_[stored.id] = stored;
    return stored.id;
  }

  Store& registry_;
  std::map<int64_t, Stored> elections_;
  std::map<int64_t, RoundRecord> rounds_;
  std::map<int64_t, std::vector<BallotEntryRecord>> entries_;
  int64_t next_election_id_ = 1;
  int64_t next_round_id_ = 1;
  int64_t ticks_ = 0;
};

}  // namespace daihoi::app::testing
