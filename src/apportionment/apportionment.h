#pragma once
// Apportionment: sharing a congress's elected delegate seats among subordinate units
// (R-ALLOCATION). Pure: takes values, returns values.
//
// Methods: largest remainder (Hamilton, Hare quota), D'Hondt, Sainte-Laguë and Huntington–Hill,
// with a minimum per unit and optional weights. Every comparison is exact (exact.h).
//
// Conventions (spec/CONTRACTS.md, "Apportionment"):
// - A unit's claim is members × weight; the weight is a decimal held exactly.
// - Minimums: run the method on the units not yet set aside; every unit that gets fewer seats
//   than its minimum is fixed at its minimum and set aside; repeat on the remaining seats until
//   no unit falls below its minimum. All units below their minimum in one pass are set aside in
//   that pass.
// - Huntington–Hill: a unit holding no seat has infinite priority when its claim is positive,
//   so every unit with a positive claim gets its first seat before any unit gets a second; a
//   unit with a zero claim has priority zero.
// - Ties: when units with equal remainders (largest remainder) or equal priorities (divisor
//   methods) compete for fewer seats than there are units in the tie, the seats go in order
//   of larger claim, then earlier position in the input. Each seat given that way is one Tie.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "apportionment/exact.h"
#include "common/result.h"

namespace daihoi::apportionment {

enum class Method { kLargestRemainder, kDHondt, kSainteLague, kHuntingtonHill };

// "largest_remainder", "dhondt", "sainte_lague", "huntington_hill".
const char* ToString(Method method);
std::optional<Method> ParseMethod(std::string_view text);

// Limits that keep every exact product within 256 bits.
inline constexpr int64_t kMaxSeats = 1'000'000;
inline constexpr int64_t kMaxMembers = 1'000'000'000;
inline constexpr size_t kMaxUnits = 100'000;

struct Unit {
  std::string id;
  std::string name;
  int64_t members = 0;
  std::optional<int64_t> minimum;  // nullopt: the input's global minimum
  Decimal weight{1, 0};
};

struct Input {
  Method method = Method::kLargestRemainder;
  int64_t seats = 0;
  int64_t minimum = 0;  // global default for units without their own
  std::vector<Unit> units;
};

struct Allocation {
  std::string id;
  int64_t seats = 0;
  // The unit's exact proportional share of all seats: seats × claim / total claim.
  Fraction quota;
  bool set_aside = false;  // fixed at its minimum
};

enum class TieReason { kLargerClaim, kInputOrder };
const char* ToString(TieReason reason);  // "larger_claim" / "input_order"

// One seat decided by a tie. `seat` numbers the seats of the house in the order they were
// given: first those of units set aside at their minimum, then the method's seats (for largest
// remainder: whole quotas first, then the seats given by remainder).
struct Tie {
  int64_t seat = 0;
  std::vector<std::string> units;  // the tied units still competing, in input order
  std::string winner;
  TieReason reason = TieReason::kLargerClaim;
};

struct Outcome {
  Method method = Method::kLargestRemainder;
  int64_t seats = 0;
  std::vector<Allocation> allocations;  // in input order
  std::vector<Tie> ties;
};

// Checks the input (each error names its field, e.g. "units[3].members") and allocates.
// Errors are kInvalidInput: no units, seats or members out of range, duplicate or empty ids,
// minimums that add up to more than the seats, a total claim of zero with seats to give.
Result<Outcome> Apportion(const Input& input);

}  // namespace daihoi::apportionment
