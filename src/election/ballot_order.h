#pragma once
// R-ORDER (I): the order of names on the ballot, and of equal votes in results.

#include <vector>

#include "election/profile.h"
#include "election/types.h"

namespace daihoi::election {

// Indexes of `candidates` in ballot order under the profile's keys (by default: name as given
// name, family name, middle names in Vietnamese collation; then date of birth; then id).
// The order is total: id is always the last key.
std::vector<int> BallotOrder(const std::vector<Candidate>& candidates, const Profile& profile);

}  // namespace daihoi::election
