#pragma once
// JSON ↔ stored plans and congress records (app/plans.h) for the API and the CLI: a stored plan
// is the PLAN.json of CONTRACTS.md "Plan check" plus id, title and timestamps; a congress record
// carries its date options, status and the violations of the plan that covers it. Also the
// Vietnamese text `daihoi plan show` and `daihoi congress show|set` print.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/plans.h"
#include "common/result.h"

namespace daihoi::json {

// PLAN.json (json::ParsePlan) with an optional `title` string.
Result<app::PlanRecord> PlanRecordFromJson(const nlohmann::json& json);
// {"id", "title", "root", "term", "windows", "pilot_windows", "pilots",
//  "members_congress_below", "max_days", "notice_working_days", "notice_levels",
//  "announcements", "quorum": "2/3", "created_at", "updated_at"}: ParsePlan reads it back.
nlohmann::ordered_json PlanRecordToJson(const app::PlanRecord& record);

// An edit: every key optional, a key present replaces the value (null clears a date or the
// choice). Keys: options [{start, end, note}], chosen (0-based index or null), planned_start,
// planned_end, venue, announced_on, items (["review", "documents", "committee", "delegation"]),
// reduced, pilot, kind ("members"/"delegates"), ordinal (a number or Roman numerals), held_start,
// held_end. kInvalidInput naming the key; an unknown key is refused.
Result<planning::CongressEdit> CongressEditFromJson(const nlohmann::json& json);

nlohmann::ordered_json CongressViewToJson(const app::CongressView& view);
// {"congress": view, "violations": [...], "saved": bool}
nlohmann::ordered_json PlanCheckToJson(const app::PlanCheck& check);
// {"plan": plan, "congresses": [view, …], "violations": [...]}
nlohmann::ordered_json PlanCongressesToJson(const app::PlanCongresses& plan);

// The plan's parameters in Vietnamese, one per line.
std::string PlanText(const app::PlanRecord& record);
// The record and its status in Vietnamese, then the violations on it.
std::string CongressText(const app::CongressView& view);

}  // namespace daihoi::json
