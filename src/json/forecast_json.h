#pragma once
// JSON and text of the forecast of a congress round (planning/forecast.h): `daihoi progress
// --forecast` and GET /api/v1/progress/forecast print the same document (docs/api.md).

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "org/organization.h"
#include "planning/forecast.h"

namespace daihoi::json {

// {"root", "as_of", "round_year", "finish", "levels": [{"level", "total", "held", "scheduled",
// "unscheduled", "overdue", "latest_end", "finish", "window", "verdict", "days_late"}],
// "at_risk": [{"code", "name", "level", "reason", "planned_end", "expected_end",
// "window_end"}]}; dates YYYY-MM-DD or null, a window [start, end] or null.
nlohmann::ordered_json ForecastToJson(const planning::Forecast& forecast);

// Vietnamese lines: "Cơ sở (grassroots): dự kiến hoàn thành 27/05/2020 — chậm 2 ngày so với
// kế hoạch (25/05/2020)", then the congresses at risk.
std::string ForecastText(const planning::Forecast& forecast, const std::string& root_name,
                         const std::vector<org::Level>& levels);

}  // namespace daihoi::json
