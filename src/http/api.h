#pragma once
// The REST API under /api/v1 (docs/api.md; the OpenAPI document in openapi.cpp). Each handler
// parses its request, calls one store method or use case, and formats the answer; errors go
// through errors.h, the one mapping of ErrorCode to HTTP status.

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace httplib {
class Server;
}

namespace daihoi::app {
class ProgressCache;
}

namespace daihoi::http {

class StorePool;

struct ApiOptions {
  size_t preview_rows = 20;  // data rows of an uploaded file echoed back for a preview
  // The server's progress index (app/progress_cache.h); RegisterApi makes one when unset.
  std::shared_ptr<app::ProgressCache> progress_cache;
  // Sign-in (auth_api.h): Secure cookies over TLS; the login throttle's client address from
  // X-Forwarded-For behind a trusted reverse proxy.
  bool secure_cookies = false;
  bool trust_proxy = false;
};

// A route as the OpenAPI document names it: method and path under /api/v1 ("/members",
// "/organizations/{code}").
struct RouteInfo {
  std::string_view method;
  std::string_view path;
};
std::vector<RouteInfo> ApiRoutes();

// Registers every /api/v1 route on `server`. `pool` must outlive the server.
void RegisterApi(httplib::Server& server, StorePool& pool, const ApiOptions& options);

}  // namespace daihoi::http
