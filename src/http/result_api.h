#pragma once
// The results routes of the REST API (docs/api.md, "Results and approval"): a congress's
// results, applying a finished election's result, the superior committee's approval
// (R-APPROVAL) and the statistics of the new committees over a subtree (R-STRUCTURE).
// Registered by api.cpp next to its own route table.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

std::vector<RouteInfo> ResultRoutes();
void RegisterResultRoutes(httplib::Server& server, StorePool& pool);
// "paths", "parameters", "responses", "schemas", merged by openapi.cpp.
const nlohmann::json& ResultOpenApi();

}  // namespace daihoi::http
