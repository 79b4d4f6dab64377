#pragma once
// Open and confidence votes: R-QUORUM, R-SHOW-OF-HANDS, R-CONFIDENCE. Pure functions over
// counts; every share is compared in integers.

#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"
#include "election/profile.h"
#include "election/types.h"

namespace daihoi::election {

// R-QUORUM (I): the congress is valid with more than 2/3 of those convened present.
bool QuorumMet(int64_t present, int64_t convened, const Profile& profile);

// A procedural question decided by show of hands (R-SECRET: the number to elect, the list,
// withdrawals, the congress's own bodies).
struct ShowOfHands {
  int64_t convened = 0;  // the R-THRESHOLD denominator (convened less exclusions)
  int64_t present = 0;
  int64_t in_favour = 0;
};

// R-SHOW-OF-HANDS (I): passes with more than half of the base the profile names (convened by
// default). kInvalidInput when the counts are impossible (negative, more in favour than present,
// more present than convened).
Result<bool> MotionPasses(const ShowOfHands& vote, const Profile& profile);

// R-CONFIDENCE: three levels per person.
struct ConfidenceRating {
  std::string person_id;
  int64_t high = 0;
  int64_t confidence = 0;
  int64_t low = 0;
};

enum class ConfidenceOutcome {
  kRetained,           // "low" at most the dismissal-consideration share
  kConsiderDismissal,  // more than 1/2 but less than 2/3 "low": off the succession plan
  kRemove,             // (I) 2/3 or more "low": the competent level removes
};
const char* ToString(ConfidenceOutcome outcome);

struct ConfidencePersonResult {
  std::string person_id;
  Hundredths high_percent = 0;  // shares of the base (those convened by default), two decimals
  Hundredths confidence_percent = 0;
  Hundredths low_percent = 0;
  ConfidenceOutcome outcome = ConfidenceOutcome::kRetained;
};

struct ConfidenceVote {
  int64_t convened = 0;
  int64_t present = 0;
  std::vector<ConfidenceRating> ratings;  // one per person rated
};

// R-CONFIDENCE: kRuleViolation (R-CONFIDENCE) when fewer than the quorum share of those
// convened are present; kInvalidInput when a person's ratings exceed those present.
Result<std::vector<ConfidencePersonResult>> EvaluateConfidence(const ConfidenceVote& vote,
                                                               const Profile& profile);

}  // namespace daihoi::election
