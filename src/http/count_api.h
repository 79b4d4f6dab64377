#pragma once
// The elections and counting routes of the REST API (docs/api.md, "Elections and counting"): an
// election's list set and locked (R-SURPLUS, R-ORDER) and its ballots printed, each clerk's
// entries appended to the round's hash chain, the reconciled count, the round closed on the
// roll's convened count (R-THRESHOLD) and the next round opened (R-TIE, R-ROUNDS), the chain
// verified, and the count streamed to a projector as server-sent events. Registered by api.cpp
// next to its own route table.

#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

// Method and path of each route, as the OpenAPI document names them.
std::vector<RouteInfo> CountRoutes();

// `server` is also asked whether it is still running, so that event streams end when it stops.
void RegisterCountRoutes(httplib::Server& server, StorePool& pool);

// The OpenAPI "paths", "parameters", "responses" and "schemas" of these routes, merged into the
// document by openapi.cpp.
const nlohmann::json& CountOpenApi();

}  // namespace daihoi::http
