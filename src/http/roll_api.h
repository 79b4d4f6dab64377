#pragma once
// The roll routes of the REST API (docs/api.md, "Roll of a congress"): who a congress convenes
// (R-EX-OFFICIO, R-CREDENTIALS, R-THRESHOLD) — ex-officio members, delegations, credential
// issues, sessions and absences recorded, the convened count computed — and the delegate list as
// PDF and XLSX. Registered by api.cpp next to its own route table.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

// Method and path of each route, as the OpenAPI document names them.
std::vector<RouteInfo> RollRoutes();

void RegisterRollRoutes(httplib::Server& server, StorePool& pool);

// The OpenAPI "paths", "parameters" and "schemas" of these routes, merged into the document by
// openapi.cpp.
const nlohmann::json& RollOpenApi();

}  // namespace daihoi::http
