#pragma once
// JSON ↔ planning values for `daihoi plan check` and `daihoi progress` (CONTRACTS.md "Plan
// check", "Data"). The planning module never sees JSON; this file is the mapping, plus the
// Vietnamese text those commands print without --json.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/result.h"
#include "org/organization.h"
#include "planning/congress.h"
#include "planning/plan.h"
#include "planning/progress.h"

namespace daihoi::json {

// PLAN.json → Plan. kInvalidInput whose message begins with the JSON path
// ("windows.grassroots[1]: …"). Besides the contract's keys: `pilot_windows` (level → [start,
// end]), `notice_levels` (level codes), `announcements` (code → date), `quorum` ("2/3").
Result<planning::Plan> ParsePlan(const nlohmann::json& json);

// Organizations and congresses as `daihoi export --format json` writes them: arrays of objects
// keyed by the CSV column names (CONTRACTS.md). `path` names the array in messages.
Result<std::vector<org::Organization>> ParseOrganizations(const nlohmann::json& json,
                                                          const std::string& path);
Result<std::vector<planning::Congress>> ParseCongresses(const nlohmann::json& json,
                                                        const std::string& path);

// One congress keyed by the CSV column names (CONTRACTS.md "Data"), dates YYYY-MM-DD or null,
// `pilot` a boolean: the inverse of one ParseCongresses row.
nlohmann::ordered_json CongressToJson(const planning::Congress& congress);

// [{"rule", "org", "message"}, …]
nlohmann::ordered_json ViolationsToJson(const std::vector<planning::Violation>& violations);
// "R-WINDOWS BADINH-X: message", one per line.
std::string ViolationsText(const std::vector<planning::Violation>& violations);

// {"root", "as_of", "levels", "children"} as in the contract, then `round_year`,
// `overdue_list` and `at_risk`.
nlohmann::ordered_json ProgressToJson(const planning::Progress& progress);
// A table in Vietnamese: "Cơ sở (grassroots): 48/56 đã tổ chức, 8 đã có lịch, …".
std::string ProgressText(const planning::Progress& progress, const std::string& root_name,
                         const std::vector<org::Level>& levels);

}  // namespace daihoi::json
