#pragma once
// The party-building routes of the REST API (docs/api.md, "Party building"): quality grades,
// ratings and their shares, member movements and counts as of a date, admissions against the
// term's targets, communication items and totals, and the reports (XLSX, PDF). Registered by
// api.cpp.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

std::vector<RouteInfo> PartyRoutes();
void RegisterPartyRoutes(httplib::Server& server, StorePool& pool);
// The OpenAPI "paths", "parameters", "responses" and "schemas" of these routes.
const nlohmann::json& PartyOpenApi();

}  // namespace daihoi::http
