#pragma once
// The one place that maps an ErrorCode to an HTTP status and to the JSON error body
// {"error": {"code": "...", "message": "...", "field": "..."}}.

#include <nlohmann/json.hpp>
#include <string_view>

#include "common/result.h"

namespace daihoi::http {

// kInvalidInput 400, kRuleViolation 422, kNotFound 404, kConflict 409, kForbidden 403,
// kStorage and kInternal 500.
int HttpStatus(ErrorCode code);

// "invalid_input", "rule_violation", "not_found", "conflict", "forbidden", "storage", "internal".
std::string_view ErrorCodeName(ErrorCode code);

// The body for an error. `field` is always present (empty when unknown); `file`, `row` and
// `rule` only when the error carries them.
nlohmann::json ErrorBody(const Error& error);

}  // namespace daihoi::http
