#pragma once
// JSON ↔ working groups, subcommittees and commendations (app/groups.h) for the API and the
// `--json` output of `daihoi group|subcommittee|commendation` (docs/api.md, "Working groups,
// subcommittees, commendations").

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/groups.h"
#include "common/result.h"

namespace daihoi::json {

// {"congress": {"code", "term"}, "groups": [{"id", "kind", "name", "note", "members": [{"id",
// "member_id", "full_name", "role"}], "units": [{"assignment_id", "unit_code", "unit_name",
// "term", "start", "end", "held", "attendees": [{"id", "group_member_id", "full_name"}]}]}],
// "clashes": [{"full_name", "message", "first": booking, "second": booking}]}
nlohmann::ordered_json WorkingGroupsToJson(const app::WorkingGroupsView& view);
nlohmann::ordered_json ClashToJson(const teams::Clash& clash);
// [{"group_member_id", "member_id", "full_name", "role"}]
nlohmann::ordered_json AttendeesToJson(const std::vector<teams::Attendee>& attendees);
// {"congress", "as_of", "subcommittees": [{"id", "kind", "name", "members": […], "overdue",
// "tasks": [{"id", "title", "owner", "due", "done", "done_on", "status"}]}]}
nlohmann::ordered_json SubcommitteesToJson(const app::SubcommitteesView& view);
// {"congress", "collectives", "individuals", "commendations": [{"id", "kind", "org_code",
// "member_id", "full_name", "award", "decision", "decided_on", "reason"}]}
nlohmann::ordered_json CommendationsToJson(const std::string& org_code, const std::string& term,
                                           const std::vector<app::CommendationRecord>& records);

// Request bodies; kInvalidInput naming the field, `body` when it is not a JSON object.
// {"kind": "working"|"guidance", "name", "note"}
Result<app::NewWorkingGroup> NewWorkingGroupFromJson(const nlohmann::json& body);
// {"member_id", "full_name", "role": "leader"|"deputy"|"member"}
Result<app::NewPerson> NewPersonFromJson(const nlohmann::json& body);
// {"title", "owner", "due"}
Result<app::NewTask> NewTaskFromJson(const nlohmann::json& body);
// One commendation object, or {"commendations": [object…]}; fields named
// `commendations[i].<field>` in the second form.
Result<std::vector<teams::Commendation>> CommendationsFromJson(const nlohmann::json& body);

}  // namespace daihoi::json
