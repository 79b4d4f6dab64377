#pragma once
// JSON ↔ the roll of a stored congress (app/roll.h) for the API and `daihoi roll show --json`
// (docs/api.md, "Roll of a congress"): the roll view, and the bodies of the roll's writes. The
// person lines, convened block, sessions and findings are roll_json.h's, shared with
// `daihoi roll check`.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/roll.h"
#include "common/result.h"

namespace daihoi::json {

// {"congress", "opening", "opening_source", "allocation_id", "units", "people", "issues",
// "sessions", "absences", "convened", "findings"}.
nlohmann::ordered_json RollViewToJson(const app::RollView& view, const std::string& org_name);

// The bodies of the writes; kInvalidInput naming the field (`unit_code`,
// `officials[1].full_name`, `people`, `person`, `kind`, `effective`, `sessions[0].number`, …),
// `body` when it is not a JSON object.
// {"unit_code", "officials": [person…], "alternates": [person…]}, person = {"full_name",
// "member_id", "gender", "birth_date"}
Result<app::DelegationInput> DelegationFromJson(const nlohmann::json& body);
// {"people": [person…]}
Result<std::vector<app::NewDelegate>> ExOfficioFromJson(const nlohmann::json& body);
// {"person", "kind", "effective", "note"}
Result<election::CredentialIssue> CredentialIssueFromJson(const nlohmann::json& body);
// {"sessions": [{"number", "title", "date"}]}
Result<std::vector<election::Session>> SessionListFromJson(const nlohmann::json& body);
// {"person", "session", "reason", "accepted"}; session defaults to 0 (the whole congress).
Result<election::Absence> AbsenceFromJson(const nlohmann::json& body);

}  // namespace daihoi::json
