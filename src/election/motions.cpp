#include "election/motions.h"

#include "election/threshold.h"

namespace daihoi::election {

bool QuorumMet(int64_t present, int64_t convened, const Profile& profile) {
  return Meets(present, convened, profile.quorum);  // R-QUORUM
}

Result<bool> MotionPasses(const ShowOfHands& vote, const Profile& profile) {
  if (vote.convened <= 0 || vote.present < 0 || vote.in_favour < 0) {
    return InvalidInput("show of hands: counts must be positive (convened) and not negative");
  }
  if (vote.present > vote.convened) {
    return InvalidInput("show of hands: " + std::to_string(vote.present) + " present of " +
                        std::to_string(vote.convened) + " convened");
  }
  if (vote.in_favour > vote.present) {
    return InvalidInput("show of hands: " + std::to_string(vote.in_favour) + " in favour of " +
                        std::to_string(vote.present) + " present");
  }
  // R-SHOW-OF-HANDS (I): same denominator as R-THRESHOLD unless the profile says otherwise.
  const int64_t base =
      profile.show_of_hands_base == ShareBase::kConvened ? vote.convened : vote.present;
  return Meets(vote.in_favour, base, profile.show_of_hands);
}

const char* ToString(ConfidenceOutcome outcome) {
  switch (outcome) {
    case ConfidenceOutcome::kRetained:
      return "retained";
    case ConfidenceOutcome::kConsiderDismissal:
      return "consider_dismissal";
    case ConfidenceOutcome::kRemove:
      return "remove";
  }
  return "";
}

Result<std::vector<ConfidencePersonResult>> EvaluateConfidence(const ConfidenceVote& vote,
                                                               const Profile& profile) {
  if (vote.convened <= 0 || vote.present < 0 || vote.present > vote.convened) {
    return InvalidInput("confidence vote: " + std::to_string(vote.present) + " present of " +
                        std::to_string(vote.convened) + " convened");
  }
  // R-CONFIDENCE: held only with at least 2/3 of those convened present.
  if (!Meets(vote.present, vote.convened, profile.confidence_quorum)) {
    return RuleViolation("R-CONFIDENCE", std::to_string(vote.present) + " present of " +
                                             std::to_string(vote.convened) +
                                             " convened: below the quorum for a vote of "
                                             "confidence");
  }
  const int64_t base =
      profile.confidence_base == ShareBase::kConvened ? vote.convened : vote.present;
  std::vector<ConfidencePersonResult> results;
  results.reserve(vote.ratings.size());
  for (const ConfidenceRating& rating : vote.ratings) {
    if (rating.high < 0 || rating.confidence < 0 || rating.low < 0 ||
        rating.high + rating.confidence + rating.low > vote.present) {
      return InvalidInput("confidence vote: ratings of '" + rating.person_id +
                          "' are negative or exceed those present");
    }
    ConfidencePersonResult result;
    result.person_id = rating.person_id;
    result.high_percent = PercentHundredths(rating.high, base);
    result.confidence_percent = PercentHundredths(rating.confidence, base);
    result.low_percent = PercentHundredths(rating.low, base);
    // The stronger band first: "2/3 or more" takes precedence over "more than 1/2".
    if (Meets(rating.low, base, profile.confidence_low_remove)) {
      result.outcome = ConfidenceOutcome::kRemove;
    } else if (Meets(rating.low, base, profile.confidence_low_consider)) {
      result.outcome = ConfidenceOutcome::kConsiderDismissal;
    }
    results.push_back(result);
  }
  return results;
}

}  // namespace daihoi::election
