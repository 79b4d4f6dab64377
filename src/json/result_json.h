#pragma once
// JSON ↔ results carried upward (app/results.h, election/results.h) for the API (docs/api.md,
// "Results and approval"), `daihoi result … --json` and the golden cases of tests/cases/results.

#include <nlohmann/json.hpp>
#include <string_view>

#include "app/results.h"
#include "common/result.h"

namespace daihoi::json {

// {"size", "women", "women_percent", "under_40", "from_40_to_50", "over_50", "age_unknown",
// "first_time", "re_elected", "history_unknown"}; percentages of `size`, two decimals.
nlohmann::ordered_json BodyStatsToJson(const election::BodyStats& stats);

// {"body", "capacity", "rank", "full_name", "member_id", "gender", "birth_date" | null,
// "election_id" | null}.
nlohmann::ordered_json MembershipToJson(const election::Membership& membership);

// {"org_code", "term", "approved_by", "decision", "approved_on", "note", "recorded_at"}.
nlohmann::ordered_json ApprovalToJson(const app::Approval& approval);

// {"election_id", "kind", "body" | null, "parent_code" | null, "elected": [{"full_name",
// "member_id", "gender", "birth_date", "capacity", "rank", "round", "votes"}]}.
nlohmann::ordered_json AppliedElectionToJson(const app::AppliedElection& applied);

// The results of a congress: {"org_code", "name", "term", "superior", "status"
// ("provisional" | "approved"), "approval", "bodies", "elections", "delegation",
// "committee_stats", "as_of", "previous_term"}.
nlohmann::ordered_json CongressResultsToJson(const app::CongressResults& results);

// {"root", "term", "levels": [{"level", "level_name", "organizations", "with_committee",
// stats…, "warnings"}], "total", "organizations": [{"code", "name", "level", "stats" | null}]}.
nlohmann::ordered_json CommitteeStatsToJson(const app::CommitteeStats& stats);

// {"decision", "date", "approved_by"?, "note"?} → the request; kInvalidInput naming the field.
Result<app::ApprovalRequest> ApprovalRequestFromJson(const nlohmann::json& body);

// A golden case of tests/cases/results: the election's list, its closed rounds and, optionally,
// the previous term's body and the date ages are taken on → {"finished", "reason", "elected",
// "stats"} (docs/results.md). kInvalidInput naming the JSON path for a malformed case.
Result<nlohmann::ordered_json> ResultCaseText(std::string_view text);

}  // namespace daihoi::json
