#pragma once
// The progress routes beside /progress and /progress.xlsx (docs/api.md, "Progress"): the
// progress report as the printed Party document and the forecast of when each level will
// finish, optionally judged against a plan given in the body. Registered by api.cpp next to its
// own route table.

#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "http/api.h"

namespace httplib {
class Server;
}

namespace daihoi::http {

class StorePool;

// Method and path of each route, as the OpenAPI document names them.
std::vector<RouteInfo> ProgressRoutes();

// `cache` is the server's progress index (app/progress_cache.h), shared with /progress.
void RegisterProgressRoutes(httplib::Server& server, StorePool& pool,
                            std::shared_ptr<app::ProgressCache> cache);

// The OpenAPI "paths" and "schemas" of these routes, merged into the document by openapi.cpp.
const nlohmann::json& ProgressOpenApi();

}  // namespace daihoi::http
