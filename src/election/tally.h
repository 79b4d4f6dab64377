#pragma once
// One round of one election: list check, ballot validity, count, threshold, placement.
// Start here when reading the module.

#include <cstdint>
#include <vector>

#include "common/result.h"
#include "election/profile.h"
#include "election/types.h"

namespace daihoi::election {

// Counts one round (CONTRACTS.md "Election case"). In order:
//  1. the case is well formed (seats >= 1, alternates only on a delegates list, unique ids,
//     ballot indexes in range and not repeated): else kInvalidInput naming the place;
//  2. the list meets R-SURPLUS for the election's kind (not checked again in a later round):
//     else kRuleViolation, nothing counted;
//  3. the threshold (R-THRESHOLD): else kInvalidInput;
//  4. each ballot is valid or not (R-VALID) and adds its votes;
//  5. placement (R-RANK, R-TIE, R-DELEGATES, R-ROUNDS).
// The result does not depend on the order of the ballots.
Result<RoundResult> TallyRound(const RoundInput& input, const Profile& profile);

// Step 5 alone. `votes[i]` are candidate i's votes; `ballot_order` the indexes in R-ORDER.
// Fills candidates' statuses, elected, alternates, tied, unfilled places and next.
struct Placement {
  std::vector<CandidateStatus> status;  // per candidate index
  std::vector<int> elected;
  std::vector<int> alternates;
  std::vector<int> tied;
  int unfilled_seats = 0;
  int unfilled_alternates = 0;
  NextStep next = NextStep::kNone;
};
Placement Place(const std::vector<int64_t>& votes, const std::vector<int>& ballot_order, int seats,
                int alternates, int64_t denominator);

// R-ROUNDS: whether the round numbered `next_round` (2, 3, …) for the unfilled places is held
// only after the congress votes to continue. Delegates (V): the second round follows by right,
// from the third on the congress votes (and may add names). Committees and the other kinds (I):
// the congress decides every further round. A re-vote among tied candidates (R-TIE) is not a
// further round. No maximum number of rounds.
bool FurtherRoundNeedsCongressVote(ElectionKind kind, int next_round);

}  // namespace daihoi::election
