#pragma once
// The storage port of nominations (app/nominations.h): who is nominated to an election, the
// floor-gate poll, withdrawal requests and their votes, and the election's structure targets.
// Implemented over portable SQL by storage::SqlNominationStore, which both engines' stores
// derive from. Every method is one statement or one transaction.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "election/motions.h"
#include "election/nomination.h"

namespace daihoi::app {

struct NominationRecord {
  int64_t id = 0;  // given by the store
  int64_t election_id = 0;
  // The person as the registry gave them when nominated.
  std::string member_id;
  std::string full_name;
  std::string gender;
  std::optional<Date> birth_date;
  std::optional<Date> full_member_date;
  bool full_member = true;                  // R-VOTERS: registry status `full`
  bool convening_committee_member = false;  // R-INCUMBENT; re-elected vs first-time
  election::NominationSource source = election::NominationSource::kCommittee;
  std::string nominated_by;  // floor: who nominated
  bool nominated_by_committee_member = false;
  std::optional<election::GateVote> gate;  // R-FLOOR-GATE
  std::string gate_recorded_at;            // UTC, set by the store
  bool withdrawal_requested = false;       // R-WITHDRAW
  std::string withdrawal_reason;
  std::string withdrawal_requested_at;                   // UTC, set by the store
  std::optional<election::ShowOfHands> withdrawal_vote;  // nullopt: not voted yet
  std::string withdrawal_voted_at;                       // UTC, set by the store
  std::string created_at;                                // UTC, set by the store
};

class NominationStore {
 public:
  virtual ~NominationStore() = default;

  // Stores a new nomination (its id, created_at and the recorded fields ignored); returns its
  // id. kNotFound for an unknown election; kConflict when the member is nominated to it already.
  virtual Result<int64_t> AddNomination(const NominationRecord& nomination) = 0;
  virtual Result<std::optional<NominationRecord>> FindNomination(int64_t id) = 0;
  // The election's nominations by id (the order they were made).
  virtual Result<std::vector<NominationRecord>> Nominations(int64_t election_id) = 0;
  // Records (or corrects) the floor-gate vote; kNotFound for an unknown nomination.
  virtual Status RecordGate(int64_t nomination_id, const election::GateVote& gate) = 0;
  // Records a withdrawal request; kConflict when one is recorded already.
  virtual Status RequestWithdrawal(int64_t nomination_id, const std::string& reason) = 0;
  // Records the congress's vote on the request; kConflict when no request is recorded.
  virtual Status RecordWithdrawalVote(int64_t nomination_id, const election::ShowOfHands& vote) = 0;

  // R-STRUCTURE targets of an election; nullopt when never set (the defaults apply).
  virtual Result<std::optional<election::ListStructureTargets>> FindStructureTargets(
      int64_t election_id) = 0;
  // kNotFound for an unknown election.
  virtual Status SetStructureTargets(int64_t election_id,
                                     const election::ListStructureTargets& targets) = 0;
};

// As app::ElectionsOf: the NominationStore of a store that storage::OpenStore opened.
inline NominationStore& NominationsOf(Store& store) {
  return dynamic_cast<NominationStore&>(store);
}

}  // namespace daihoi::app
