#pragma once
// JSON ↔ the nominations of an election (app/nominations.h), for the API (docs/api.md,
// "Nominations and the final list") and `daihoi nomination … --json`; and the golden cases of
// the nomination rules (tests/cases/nomination/*.json, election/nomination.h).

#include <nlohmann/json.hpp>
#include <string>

#include "app/nominations.h"
#include "common/result.h"
#include "election/nomination.h"

namespace daihoi::json {

// The view: "election", "gate_method", "opening", "convened", "nominations" (each with its
// "status", "on_list", "findings", "gate", "withdrawal", "age", "months_to_retirement"),
// "final_list" (nomination ids), "committee_list", "surplus", "blockers", "can_finalize",
// "finalized", "locked", "targets", "targets_set", "structure".
nlohmann::ordered_json NominationsViewToJson(const app::NominationsView& view);

// {"seats", "candidates", "surplus", "ratio"} of the final list.
// The bodies of the writes; kInvalidInput naming the field, `body` when it is not an object.
// {"member_id", "source", "nominated_by", "nominated_by_committee_member",
//  "convening_committee_member"}
Result<app::NominateRequest> NominateRequestFromJson(const nlohmann::json& body);
// {"present", "agree" (a poll) or "in_favour" (a vote), "convened"}
Result<app::VoteCount> VoteCountFromJson(const nlohmann::json& body);
// {"reason"}
Result<std::string> WithdrawalReasonFromJson(const nlohmann::json& body);
// The targets; a field left out keeps its default (RULES.md R-STRUCTURE).
Result<election::ListStructureTargets> StructureTargetsFromJson(const nlohmann::json& body);
nlohmann::ordered_json StructureTargetsToJson(const election::ListStructureTargets& targets);

// A golden case of the nomination rules: {"profile", "election": {"kind", "seats",
// "alternates"}, "opening", "targets", "nominations": [{"id", "full_name", "gender",
// "birth_date", "full_member_date", "full_member", "convening_committee_member", "source",
// "nominated_by_committee_member", "gate": {"convened", "present", "agree"},
// "withdrawal_requested", "withdrawal_vote": {"convened", "present", "in_favour"}}]} →
// {"statuses": {id: status}, "findings": [{"rule", "nomination"}], "final_list": [ids],
//  "surplus_ratio", "blockers": [{"rule", "nomination"}], "structure": {counts…, "warnings":
//  [{"code", "nomination"}]}}. kInvalidInput naming the field for a malformed case.
Result<nlohmann::ordered_json> NominationCaseToJson(const nlohmann::json& input);

}  // namespace daihoi::json
