#pragma once
// R-THRESHOLD (V; 244 Điều 32, 190 Điều 30): more than half of those convened, less the
// exclusions the regulation allows for the congress kind, not of the valid ballots.

#include <cstdint>

#include "common/result.h"
#include "election/types.h"

namespace daihoi::election {

// Checks that every exclusion belongs to the election's congress kind and that the counts leave
// a positive denominator; kInvalidInput naming `election.exclusions[i]` otherwise.
Result<ThresholdFigures> ComputeThreshold(const Election& election);

// The least whole number of votes that is more than half of `denominator`.
inline int64_t VotesNeeded(int64_t denominator) { return denominator / 2 + 1; }

// Elected iff votes * 2 > denominator (integers only).
inline bool PassesThreshold(int64_t votes, int64_t denominator) { return votes * 2 > denominator; }

// A share in hundredths of a percent, rounded half up: 80 of 115 → 6957 (69.57%). 0 when
// `base` is 0.
Hundredths PercentHundredths(int64_t count, int64_t base);

}  // namespace daihoi::election
