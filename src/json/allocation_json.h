#pragma once
// JSON ↔ allocation values for the API (docs/api.md, "Phân bổ đại biểu"): the request of the
// convening committee, a computed or saved allocation, the comparison of methods.

#include <nlohmann/json.hpp>
#include <string>

#include "app/allocation.h"
#include "common/date.h"
#include "common/result.h"

namespace daihoi::json {

// {"term", "method", "seats", "minimum", "as_of", "units": [{"org_code", "minimum", "weight"}]}
// → a request for `org_code`. `method` defaults to largest_remainder, `minimum` to 0, `as_of`
// to `today`; a weight may be a number or a string ("1.25"). kInvalidInput naming the field.
Result<app::AllocationRequest> ParseAllocationRequest(const nlohmann::json& body,
                                                      const std::string& org_code, Date today);

// The allocation with, per unit, its count and where it came from, quota, remainder, seats.
nlohmann::ordered_json AllocationToJson(const app::AllocationView& view,
                                        const std::string& org_name);
// One line of a list of saved allocations (no units).
nlohmann::ordered_json AllocationSummaryToJson(const app::AllocationRecord& record);
nlohmann::ordered_json ComparisonToJson(const app::MethodComparison& comparison,
                                        const std::string& org_name);

}  // namespace daihoi::json
