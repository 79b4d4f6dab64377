#include "election/profile.h"

namespace daihoi::election {

bool Meets(int64_t count, int64_t base, const Share& share) {
  if (base <= 0 || share.fraction.denominator <= 0) return false;
  // count/base ? num/den  <=>  count*den ? num*base (all non-negative, no division).
  const int64_t lhs = count * share.fraction.denominator;
  const int64_t rhs = share.fraction.numerator * base;
  return share.comparison == Share::Comparison::kMoreThan ? lhs > rhs : lhs >= rhs;
}

}  // namespace daihoi::election
