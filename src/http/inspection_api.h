#pragma once
// The inspection routes of the REST API (docs/api.md, "Inspections"): a committee's inspection
// rounds (app/inspections.h) — teams and members, the units, the automatic assignment, visits
// moved by hand, findings — and the report (PDF), the schedule (XLSX, iCalendar). Registered by
// api.cpp next to its own route table.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

std::vector<RouteInfo> InspectionRoutes();

void RegisterInspectionRoutes(httplib::Server& server, StorePool& pool);

// The OpenAPI "paths", "parameters", "responses" and "schemas" of these routes
// (inspection_openapi.cpp), merged into the document by openapi.cpp.
const nlohmann::json& InspectionOpenApi();

}  // namespace daihoi::http
