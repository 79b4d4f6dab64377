#pragma once
// What the route files of the API share: a handler takes the request, a store from the pool and
// the acting user (resolved from the request's session by session.h) and answers a Reply or an
// Error; Route turns it into a cpp-httplib handler that writes either with
// `Cache-Control: no-store`. The handler passes the actor on to its use case, which decides
// (app/authorize.h).

#include <httplib.h>

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "app/accounts.h"
#include "app/ports/store.h"
#include "common/result.h"
#include "http/api.h"
#include "org/organization.h"

namespace daihoi::http {

class StorePool;

// A JSON document (keys in the mapping's order) or a file to download.
struct Reply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string bytes;
  std::string file_name;  // set: sent as an attachment
};

Reply JsonReply(const nlohmann::ordered_json& body, int status = 200);

// Writes the API's JSON error (errors.h) with its HTTP status.
void WriteError(httplib::Response& res, const Error& error);

using Handler =
    std::function<Result<Reply>(const httplib::Request&, app::Store&, const app::Actor&)>;
// `rename` may adjust an error before it is written (e.g. name the path's {id}).
httplib::Server::Handler Route(StorePool& pool, Handler handler,
                               std::function<Error(Error)> rename = {});

// One route of a route file: method, path as OpenAPI writes it, the regular expression under
// /api/v1 that cpp-httplib matches, and the handler.
struct RouteEntry {
  std::string_view method;
  std::string_view path;
  std::string_view pattern;
  Handler handler;
};
std::vector<RouteInfo> RouteInfos(const std::vector<RouteEntry>& entries);
// Registers every entry (GET, POST, PUT, PATCH, DELETE) at "/api/v1" + pattern.
void RegisterRoutes(httplib::Server& server, StorePool& pool,
                    const std::vector<RouteEntry>& entries,
                    const std::function<Error(Error)>& rename = {});

// The body as JSON; kInvalidInput (field `body`) when it is not. An empty body is `{}` when
// `empty_is_object` (every field optional).
Result<nlohmann::json> ParseBody(const httplib::Request& req, bool empty_is_object = false);

// A path id: digits only; kInvalidInput (field `id`) otherwise.
Result<int64_t> ParseId(const std::string& text);

// The organization, or kNotFound with field `code`.
Result<org::Organization> RequireOrganization(app::Store& store, const std::string& code);

}  // namespace daihoi::http
