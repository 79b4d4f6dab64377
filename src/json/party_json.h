#pragma once
// JSON of the party-building context (app/party_building.h) for the API and `--json`
// (docs/api.md, "Party building"): grades, ratings and shares, movements and member counts,
// admissions against targets, communication items and totals; and the request bodies back.

#include <nlohmann/json.hpp>
#include <vector>

#include "app/party_building.h"
#include "common/result.h"

namespace daihoi::json {

nlohmann::ordered_json GradesToJson(const std::vector<building::Grade>& grades);
nlohmann::ordered_json RatingToJson(const building::Rating& rating);
nlohmann::ordered_json RatingSharesToJson(const app::RatingSharesView& view);
nlohmann::ordered_json MovementToJson(const app::MovementRecord& record);
nlohmann::ordered_json MemberCountsToJson(const app::MemberCountsView& view);
nlohmann::ordered_json AdmissionsToJson(const app::AdmissionsView& view);
nlohmann::ordered_json CommunicationItemToJson(const app::CommunicationRecord& record);
nlohmann::ordered_json CommunicationTotalsToJson(const building::CommunicationTotals& totals);
nlohmann::ordered_json CommunicationViewToJson(const app::CommunicationView& view);
nlohmann::ordered_json BatchReportToJson(const app::BatchReport& report);

// Request bodies. Errors are kInvalidInput naming the JSON path ("items[2].on").
Result<building::Rating> RatingFromJson(const nlohmann::json& body, const std::string& path);
Result<building::Movement> MovementFromJson(const nlohmann::json& body, const std::string& path);
Result<building::CommunicationItem> CommunicationItemFromJson(const nlohmann::json& body,
                                                              const std::string& path);
// {"from", "to", "target"}; org_code and term come from the path.
Result<building::AdmissionTarget> AdmissionTargetFromJson(const nlohmann::json& body);

}  // namespace daihoi::json
