#pragma once
// JSON ↔ personnel work (app/personnel.h), for the API (docs/api.md, "Personnel: scheme,
// vetting, complaints") and `daihoi scheme|vetting|complaint|position … --json`.

#include <nlohmann/json.hpp>

#include "app/personnel.h"
#include "common/result.h"

namespace daihoi::json {

// {"org_code", "org_name", "superior_code", "superior_name", "version", "status",
//  "status_label", "numbers", "targets", "profile", "note", "versions": [{"version", "status",
//  "created_at"}], "events": [{"version", "action", "actor", "comment", "at"}], "opening",
//  "nominees": [{"member_id", "full_name", "gender", "birth_date", "list", "reason",
//  "reason_label", "outgoing", "title", "position_kinds", "open_tasks", "concerns",
//  "open_complaints"}], "statistics": {"seats", "candidates", "surplus_percent",
//  "surplus_problem", "proposed", "outgoing", "warnings", "positions"}}
nlohmann::ordered_json SchemeViewToJson(const app::SchemeView& view);
// {"boards": [{"code", "label"}], "tasks": [...], "complaints": [...]}
nlohmann::ordered_json VettingFileToJson(const app::VettingFile& file);
// {"on", "kinds": [...], "positions": [...], "titles": [{"member_id", "title"}]}
nlohmann::ordered_json PositionsViewToJson(const app::PositionsView& view);

// The bodies of the writes; kInvalidInput naming the field.
// {"term", "numbers": {"committee", "standing_committee", "deputies", "inspection",
//  "delegates"}, "targets": {...as nominations'}, "profile", "note"}
Result<app::SchemeRequest> SchemeRequestFromJson(const nlohmann::json& body);
// {"member_id", "list", "reason", "outgoing", "note"}
Result<app::SchemeNomineeRequest> SchemeNomineeFromJson(const nlohmann::json& body);
// {"member_id", "received_on", "source", "summary", "assigned_to"}
Result<app::ComplaintRequest> ComplaintRequestFromJson(const nlohmann::json& body);
// {"member_id", "kind", "organization", "org_code", "from", "to"}
Result<personnel::MemberPosition> PositionFromJson(const nlohmann::json& body);

}  // namespace daihoi::json
