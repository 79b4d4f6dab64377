#pragma once
// The personnel routes of the REST API (docs/api.md, "Personnel: scheme, vetting, complaints"):
// a congress's personnel scheme and its workflow, the vetting file of its nominees (every read
// audited), complaints, and members' positions. Registered by api.cpp.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

std::vector<RouteInfo> PersonnelRoutes();
void RegisterPersonnelRoutes(httplib::Server& server, StorePool& pool);
// The OpenAPI "paths", "parameters", "responses" and "schemas" of these routes.
const nlohmann::json& PersonnelOpenApi();

}  // namespace daihoi::http
