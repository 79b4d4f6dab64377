#pragma once
// The delegates' routes of the REST API (docs/api.md, "Phân bổ đại biểu"): allocations of a
// delegates' congress's elected seats (R-ALLOCATION) computed, saved, listed, compared across
// methods and exported (XLSX, PDF). Registered by api.cpp next to its own route table.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

// Method and path of each route, as the OpenAPI document names them.
std::vector<RouteInfo> DelegatesRoutes();

void RegisterDelegatesRoutes(httplib::Server& server, StorePool& pool);

// The OpenAPI "paths" and "components.schemas" entries of these routes, merged into the
// document by openapi.cpp.
const nlohmann::json& DelegatesOpenApi();

}  // namespace daihoi::http
