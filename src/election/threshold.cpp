#include "election/threshold.h"

#include <string>

namespace daihoi::election {

Result<ThresholdFigures> ComputeThreshold(const Election& election) {
  ThresholdFigures figures;
  figures.convened = election.convened;
  if (election.convened < 0) {
    return InvalidInput("election.convened: must not be negative", "election.convened");
  }
  for (size_t index = 0; index < election.exclusions.size(); ++index) {
    const Exclusion& exclusion = election.exclusions[index];
    const std::string where = "election.exclusions[" + std::to_string(index) + "]";
    if (ExclusionCongressKind(exclusion.reason) != election.congress_kind) {
      return InvalidInput(
          where + ".reason: '" + ToString(exclusion.reason) + "' is an exclusion of a " +
              ToString(ExclusionCongressKind(exclusion.reason)) + " congress, not of a " +
              ToString(election.congress_kind) + " congress (R-THRESHOLD)",
          where + ".reason");
    }
    if (exclusion.count < 0) {
      return InvalidInput(where + ".count: must not be negative", where + ".count");
    }
    figures.excluded += exclusion.count;
  }
  figures.denominator = figures.convened - figures.excluded;
  if (figures.denominator <= 0) {
    return InvalidInput("election.exclusions: " + std::to_string(figures.excluded) +
                            " excluded of " + std::to_string(figures.convened) +
                            " convened leaves no one to count the threshold on (R-THRESHOLD)",
                        "election.exclusions");
  }
  figures.votes_needed = VotesNeeded(figures.denominator);
  return figures;
}

Hundredths PercentHundredths(int64_t count, int64_t base) {
  if (base <= 0) return 0;
  // count/base * 10000, rounded half up: floor((2 * count * 10000 + base) / (2 * base)).
  return (count * 20000 + base) / (2 * base);
}

}  // namespace daihoi::election
