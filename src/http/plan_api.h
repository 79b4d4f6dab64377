#pragma once
// The plan routes of the REST API (docs/api.md, "Plans and congress records"): stored plans of a
// congress round, their violations and congresses, one congress record read and edited (every
// edit answers with the covering plan's violations), and a proposed edit checked without saving.
// Registered by api.cpp next to its own route table.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

// Method and path of each route, as the OpenAPI document names them.
std::vector<RouteInfo> PlanRoutes();

void RegisterPlanRoutes(httplib::Server& server, StorePool& pool);

// The OpenAPI "paths", "parameters", "responses" and "schemas" of these routes, merged into the
// document by openapi.cpp.
const nlohmann::json& PlanOpenApi();

}  // namespace daihoi::http
