#pragma once
// The storage port of elections and their counts (app/election_record.h), next to Store. Every
// method is one transaction. Ballot entries are append-only: there is no method to change or
// delete one. Implemented by storage/sqlite and storage/postgres (the same classes as Store);
// both pass the storage contract suite.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/election_record.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

// An election as a venue counted it (ImportElection). Ids are the venue's: `election.id`,
// each `round.id` and each entry's `round_id`.
struct ImportedRound {
  RoundRecord round;
  std::vector<BallotEntryRecord> entries;  // in seq order
};
struct ImportedElection {
  ElectionRecord election;
  std::vector<CandidateRecord> candidates;  // ballot order
  std::vector<ImportedRound> rounds;        // by number
};
struct ImportOutcome {
  int64_t election_id = 0;  // here
  bool created = false;     // false when the election was imported before
  int64_t rounds_added = 0;
  int64_t rounds_closed = 0;  // rounds closed by this import (new or stored open)
  int64_t entries_added = 0;
  bool committee_replaced = false;  // changed at the venue before its first round closed
  bool changed() const {
    return created || rounds_added > 0 || rounds_closed > 0 || entries_added > 0 ||
           committee_replaced;
  }
};

class ElectionStore {
 public:
  virtual ~ElectionStore() = default;

  // Stores a new election (id and created_at set by the store); kNotFound for an unknown
  // organization.
  virtual Result<int64_t> CreateElection(const ElectionRecord& election) = 0;
  virtual Result<std::optional<ElectionRecord>> FindElection(int64_t id) = 0;
  // The elections of a congress, by id; kNotFound for an unknown organization.
  virtual Result<std::vector<ElectionRecord>> Elections(const std::string& org_code,
                                                        const std::string& term) = 0;
  // kNotFound for an unknown election; kConflict once a round of it is closed (the minutes
  // name the committee that counted).
  virtual Status SetCountingCommittee(int64_t election_id,
                                      const std::vector<std::string>& members) = 0;
  // kConflict once the list is locked.
  virtual Status ReplaceCandidates(int64_t election_id,
                                   const std::vector<CandidateRecord>& candidates) = 0;
  // In the stored order.
  virtual Result<std::vector<CandidateRecord>> Candidates(int64_t election_id) = 0;
  // Locks the list: stores `ordered` as the list (ballot order), the digest, locked_at (the
  // store's clock) and `first_round` (its id ignored) in one transaction; returns the election.
  // kConflict when already locked.
  virtual Result<ElectionRecord> LockElection(int64_t election_id,
                                              const std::vector<CandidateRecord>& ordered,
                                              const std::string& digest,
                                              const RoundRecord& first_round) = 0;

  // A new round after a closed one (its id ignored, number must be the next); returns its id.
  // kConflict when the election has an open round.
  virtual Result<int64_t> AddRound(const RoundRecord& round) = 0;
  virtual Result<std::optional<RoundRecord>> FindRound(int64_t round_id) = 0;
  // By number.
  virtual Result<std::vector<RoundRecord>> Rounds(int64_t election_id) = 0;

  // Appends one entry to an open round. Appends to a round are serialized: the store sets
  // `seq` (previous + 1), `entered_at` (its clock, UTC with milliseconds) and `prev_hash` (the
  // previous entry's hash, empty for the first), then calls `seal`, which sets `prev_hash` for the
  // first entry and `hash`, and stores the result. kConflict when the round is closed, kNotFound
  // when unknown.
  virtual Result<BallotEntryRecord> AppendBallotEntry(
      const BallotEntryRecord& draft, const std::function<void(BallotEntryRecord&)>& seal) = 0;
  // The round's entries in seq order.
  virtual Status ForEachBallotEntry(int64_t round_id,
                                    const std::function<void(const BallotEntryRecord&)>& fn) = 0;
  // Freezes the round: stores its snapshot fields (closed, closed_at by the store's clock,
  // convened, exclusions, issued, chain_head). kConflict when already closed, or when an entry
  // was appended after `round.chain_head` (the snapshot would not be the last word).
  virtual Result<RoundRecord> CloseRound(const RoundRecord& round) = 0;

  // Stores an election counted at a venue as the venue sent it (app/bundle.h), in one
  // transaction: the election (`venue_key` and `venue_election_id` set, list digest and times
  // as at the venue), its list, and each round with its entries inserted as they are (seq,
  // times, hashes kept: entries stay append-only) and, when closed there, its snapshot. An
  // election already imported from the same venue key and id is extended: its stored rounds and
  // entries must be the start of the given ones (else kConflict naming the round and entry),
  // only what is new is inserted. kNotFound for an unknown organization.
  virtual Result<ImportOutcome> ImportElection(const ImportedElection& imported) = 0;
};

// The ElectionStore of a store that storage::OpenStore opened: both engines are one object
// implementing both ports, so an adapter holding a Store& (a CLI command, a request's lease from
// the server's pool) reaches the elections here rather than casting. Any other Store is a
// programming error (std::bad_cast).
inline ElectionStore& ElectionsOf(Store& store) { return dynamic_cast<ElectionStore&>(store); }

}  // namespace daihoi::app
