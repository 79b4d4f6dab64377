#pragma once
// Counting a round by independent entry (kiểm phiếu): each clerk enters every ballot on their
// own station; the round's ballots are those on which every clerk agrees, ballot by ballot.
// Entries are appended, never changed: a correction is a later entry for the same ballot
// number. The canonical text of an entry is what the hash chain covers (the app hashes it).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "election/types.h"

namespace daihoi::election {

// One ballot as one clerk typed it.
struct EnteredBallot {
  int64_t number = 0;      // the ballot's number as the committee takes it from the box: 1, 2, …
  Ballot ballot;           // candidate indexes are positions on the ballot list (0-based)
  bool retracted = false;  // the number was entered by mistake: no such ballot
};

// One clerk's entries in the order typed.
struct ClerkLog {
  std::string clerk;  // the station or clerk's name, unique in the round
  std::vector<EnteredBallot> entries;
};

// Canonical text of a ballot, independent of the order struck names or marks were typed:
//   "S:0,3,7|W:Trần Thị Bình;…|U|M"  (struck form)   "K:0=a,1=d,2=b|…" (marks form, kNone left out)
// with U / M present only when the ballot is unofficial / marked; "X" for a retraction.
// Equal texts mean equal ballots.
std::string EncodeEntry(const EnteredBallot& entry);
// Back from EncodeEntry; kInvalidInput when the text is malformed or an index is not below
// `candidates`.
Result<EnteredBallot> DecodeEntry(std::string_view text, int64_t number, int candidates);

// The latest version of each ballot number for one clerk (retracted numbers left out).
struct BallotVersion {
  int64_t number = 0;
  std::vector<std::optional<Ballot>> by_clerk;  // one per log, nullopt: that clerk lacks it
};

struct Reconciliation {
  int clerks = 0;
  // Ballot numbers, ascending. A number is agreed when at least `required_clerks` clerks
  // entered it and every clerk has the same version; pending when some clerk has not entered it
  // yet (or too few clerks are at work) and the versions entered are equal; a disagreement when
  // two versions differ.
  std::vector<int64_t> agreed;
  std::vector<int64_t> pending;
  std::vector<BallotVersion> disagreements;
  std::vector<Ballot> ballots;  // the agreed ballots, by number
  // Every number is agreed and there is at least one.
  bool closable = false;
};

// Compares the logs ballot by ballot. `required_clerks` (2 for double entry, 3 for triple) is
// the number of logs needed before the round can close; kInvalidInput when a clerk name repeats,
// a number is not positive, or `required_clerks` < 1.
Result<Reconciliation> Reconcile(const std::vector<ClerkLog>& logs, int required_clerks);

}  // namespace daihoi::election
