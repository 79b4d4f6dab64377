#pragma once
// R-VALID: whether one ballot is valid, and whom it votes for (R-BALLOT-FORM).

#include <optional>
#include <vector>

#include "election/profile.h"
#include "election/types.h"

namespace daihoi::election {

// The facts about the list that validity depends on, computed once per round.
struct ListShape {
  int candidates = 0;
  int max_names = 0;         // seats, or seats + alternates for delegates (R-DELEGATES, I)
  bool has_surplus = false;  // more candidates than max_names: the struck ballot form
  bool one_person = false;   // a one-person list without surplus (R-SECRETARY)
};

ListShape ShapeOf(const Election& election, int candidate_count, const Profile& profile);

// nullopt when valid; otherwise the first reason in R-VALID order (unofficial, too_many,
// none_left, write_in, marked, ambiguous_single). Reasons 4–6 apply only when the profile
// makes them invalidating (I).
std::optional<InvalidReason> CheckBallot(const Ballot& ballot, const ListShape& shape,
                                         const Profile& profile);

// Adds one vote to `votes[i]` for every candidate the (valid) ballot votes for: a struck ballot
// votes for every name not struck; a marks ballot for every "agree" (both / none / disagree give
// no vote). `votes` has one entry per candidate.
void AddVotes(const Ballot& ballot, std::vector<int64_t>& votes);

}  // namespace daihoi::election
