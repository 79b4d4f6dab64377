#pragma once
// The nomination routes of the REST API (docs/api.md, "Nominations and the final list"): who is
// nominated to an election and from where, the floor-gate poll (R-FLOOR-GATE), withdrawal
// requests and their votes (R-WITHDRAW), the structure targets (R-STRUCTURE) and the final list
// written as the election's candidates. Registered by api.cpp next to its own route table.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

std::vector<RouteInfo> NominationRoutes();
void RegisterNominationRoutes(httplib::Server& server, StorePool& pool);
// "paths", "parameters", "responses", "schemas", merged by openapi.cpp.
const nlohmann::json& NominationOpenApi();

}  // namespace daihoi::http
