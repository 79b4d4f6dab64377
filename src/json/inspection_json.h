#pragma once
// JSON ↔ inspection rounds (app/inspections.h) for the API and `daihoi inspection show --json`
// (docs/api.md, "Inspections"): the inspection, its view, and the bodies of the writes.

#include <nlohmann/json.hpp>

#include "app/inspections.h"
#include "common/result.h"

namespace daihoi::json {

// {"id", "org_code", "term", "title", "window_start", "window_end", "min_units_per_team",
// "max_units_per_team", "working_days_only", "created_at", "assigned_at"}
nlohmann::ordered_json InspectionToJson(const app::InspectionRecord& record);

// The inspection with "org_name", "teams" (members, load), "units" (visit, finding,
// excluded_teams), "problems".
nlohmann::ordered_json InspectionViewToJson(const app::InspectionView& view);

// Bodies; kInvalidInput naming the field, `body` when it is not a JSON object.
// {"org_code", "term", "title", "window_start", "window_end", "min_units_per_team",
//  "max_units_per_team", "working_days_only"}
Result<app::InspectionInput> InspectionInputFromJson(const nlohmann::json& body);
// {"name", "members": [{"member_id", "full_name", "role", "home_org"}]}
Result<app::TeamInput> TeamInputFromJson(const nlohmann::json& body);
// {"units": [{"org_code", "visit_days"}]} (empty or absent: the default units)
Result<std::vector<app::UnitChoice>> UnitChoicesFromJson(const nlohmann::json& body);
// {"team_id", "start"} — the visit's unit comes from the path
Result<app::VisitMove> VisitMoveFromJson(const nlohmann::json& body);
// {"unit", "strengths", "weaknesses", "recommendations"}
Result<app::FindingInput> FindingFromJson(const nlohmann::json& body);

}  // namespace daihoi::json
