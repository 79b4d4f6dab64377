#pragma once
// JSON ↔ apportionment values for `daihoi apportion` (CONTRACTS.md "Apportionment"). The
// apportionment module never sees JSON; this file is the mapping.

#include <nlohmann/json.hpp>
#include <string_view>

#include "apportionment/apportionment.h"
#include "common/result.h"

namespace daihoi::json {

// The input document → values. kInvalidInput whose message begins with the JSON path
// ("units[3].members: …"). A weight is taken exactly as written: a JSON number is read back as
// its shortest decimal text (1.1 is 11/10, not the nearest double), or a string "1.25".
Result<apportionment::Input> ParseApportionInput(const nlohmann::json& json);

// The result document, keys in the order of CONTRACTS.md, plus `set_aside` (ids of the units
// fixed at their minimum) to show the computation (R-ALLOCATION).
nlohmann::ordered_json ApportionResultToJson(const apportionment::Outcome& outcome);

// The whole of `daihoi apportion` but the I/O: input text → result document, or kInvalidInput
// (bad JSON, a malformed or impossible input) with the JSON path at the start of the message.
Result<nlohmann::ordered_json> ApportionText(std::string_view text);

}  // namespace daihoi::json
