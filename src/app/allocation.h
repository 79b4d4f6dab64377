#pragma once
// Allocating a delegates' congress's elected seats among the convening organization's direct
// subordinate units (R-ALLOCATION), in the product: members counted from the registry as of a
// date, the allocation saved with its inputs, listed, shown again, and the four methods compared.
// One file per use case: compute_allocation.cpp, allocate_delegates.cpp, list_allocations.cpp,
// show_allocation.cpp, compare_allocation_methods.cpp.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/allocation_record.h"
#include "app/ports/store.h"
#include "apportionment/apportionment.h"
#include "common/date.h"
#include "common/result.h"

namespace daihoi::app {

struct AllocationRequest {
  std::string org_code;  // the convening organization (its committee convenes the congress)
  std::string term;      // required to save; "2025-2030"
  apportionment::Method method = apportionment::Method::kLargestRemainder;
  // Elected seats only: the convening committee's members sit ex officio (R-EX-OFFICIO) and
  // are not allocated (Ba Đình-like: 275 − 41 = 234).
  int64_t seats = 0;
  int64_t minimum = 0;                              // per unit, unless the unit has its own
  Date as_of;                                       // members are counted as of this date
  std::map<std::string, int64_t> unit_minimums;     // by unit code
  std::map<std::string, std::string> unit_weights;  // by unit code, a decimal: "1.5"
};

// An allocation with what it takes to show the computation: each unit's exact quota (in the
// record as text too) and the ties decided by rule.
struct AllocationView {
  AllocationRecord record;
  std::vector<apportionment::Fraction> quotas;  // one per unit, record order
  std::vector<apportionment::Tie> ties;
};

// The same inputs under every method, side by side (not saved).
struct MethodComparison {
  AllocationRecord inputs;  // method and per-unit results left empty
  std::vector<apportionment::Fraction> quotas;
  std::vector<apportionment::Method> methods;  // all four, in enum order
  std::vector<std::vector<int64_t>> seats;     // seats[method][unit]
  std::vector<bool> differs;                   // per unit: the methods disagree
};

// Full members of each direct subordinate unit as of `as_of`, and where the count came from.
// In an organization's subtree, the registry (members with status full and a full-member date
// on or before `as_of`; a full member without that date counts) replaces the stated count of
// every organization with a registry member below it, like Store::CountsPerLevel. Units are in
// the store's order (Vietnamese order of names). kNotFound for an unknown organization;
// kInvalidInput when it has no subordinate unit.
Result<std::vector<AllocationUnit>> CountUnits(Store& store, const Actor& actor,
                                               const std::string& org_code, Date as_of);

// Counts and allocates without saving. Errors name the field: `seats`, `minimum`,
// `units.CODE.minimum`, `units.CODE.weight` (a code that is not a direct subordinate unit, or a
// value out of range), and those of apportionment::Apportion.
Result<AllocationView> ComputeAllocation(Store& store, const Actor& actor,
                                         const AllocationRequest& request);

// ComputeAllocation, then saves it (`term` required); the view carries the new id.
Result<AllocationView> AllocateDelegates(Store& store, const Actor& actor,
                                         const AllocationRequest& request);

// Saved allocations of an organization, newest first.
Result<std::vector<AllocationRecord>> ListAllocations(Store& store, const Actor& actor,
                                                      const std::string& org_code);

// A saved allocation as computed, its quotas and ties (recomputed from the saved inputs, and
// checked against the saved seats). kNotFound for an unknown id.
Result<AllocationView> ShowAllocation(Store& store, const Actor& actor, int64_t id);

// Every method on the same inputs (request.method is ignored).
Result<MethodComparison> CompareAllocationMethods(Store& store, const Actor& actor,
                                                  const AllocationRequest& request);

// Helpers shared by the use cases and the adapters.
apportionment::Input ApportionInput(const AllocationRecord& record);
// Decimal digits of an exact quota part and back; nullopt for text that is not one.
std::string ToDecimalString(apportionment::Uint128 value);
std::optional<apportionment::Uint128> ParseUint128(std::string_view text);
// A quota as shown: two decimals, half up ("12.35"), the convention of apportionment/README.md.
std::string QuotaText(const apportionment::Fraction& quota);
// Its fractional part, the largest remainder method's remainder, four decimals rounded down so
// that a remainder never shows as a whole seat ("0.9999").
std::string RemainderText(const apportionment::Fraction& quota);

}  // namespace daihoi::app
