#pragma once
// JSON ↔ the roll of a congress (election/roll.h) for `daihoi roll check` and the roll view of
// the HTTP API (docs/roll.md). The election module never sees JSON; this file is the mapping.

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "election/roll.h"

namespace daihoi::json {

// The input document of `daihoi roll check` → values. kInvalidInput whose `field` is the JSON
// path (`people[2].role`, `absences[0].session`, `opening`). Names and texts are normalized
// (text::Normalize). Checks the shapes only; ComputeRoll checks the roll itself.
Result<election::RollInput> RollInputFromJson(const nlohmann::json& json);

// One person's line of the roll: the person, then what the roll decided about them.
nlohmann::json PersonLineJson(const election::RollPerson& person, const election::RollLine& line);

// {"convened", "excluded", "denominator", "votes_needed", "exclusions": [{"reason", "count",
// "people": [keys in roll order]}]} (R-THRESHOLD). `people` are the roll's people, in the order
// of `roll.lines`.
nlohmann::json ConvenedJson(const std::vector<election::RollPerson>& people,
                            const election::RollResult& roll);

// [{"number", "title", "date" | null, "present", "absent"}]; `sessions` in the order the roll
// was computed with.
nlohmann::json SessionsJson(const std::vector<election::Session>& sessions,
                            const election::RollResult& roll);

// [{"warning", "unit_code", "person", "recorded", "allocated"}].
nlohmann::json FindingsJson(const election::RollResult& roll);

// The output document of `daihoi roll check`: {"kind", "opening", "people", "convened",
// "sessions", "findings"}.
nlohmann::json RollCheckJson(const election::RollInput& input, const election::RollResult& roll);

// The whole of `daihoi roll check` but the I/O: input text → the output document with its keys
// in the documented order, or kInvalidInput (bad JSON, a malformed input or roll) naming the
// field.
Result<nlohmann::ordered_json> RollCheckText(std::string_view text);

}  // namespace daihoi::json
