#pragma once
// What the route files of the API share (delegates_api, roll_api, count_api): a handler takes the
// request and a store from the pool and answers a Reply or an Error; Route turns it into a
// cpp-httplib handler that writes either with `Cache-Control: no-store`.

#include <httplib.h>

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "app/ports/store.h"
#include "common/result.h"
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

using Handler = std::function<Result<Reply>(const httplib::Request&, app::Store&)>;
// `rename` may adjust an error before it is written (e.g. name the path's {id}).
httplib::Server::Handler Route(StorePool& pool, Handler handler,
                               std::function<Error(Error)> rename = {});

// The body as JSON; kInvalidInput (field `body`) when it is not. An empty body is `{}` when
// `empty_is_object` (every field optional).
Result<nlohmann::json> ParseBody(const httplib::Request& req, bool empty_is_object = false);

// A path id: digits only; kInvalidInput (field `id`) otherwise.
Result<int64_t> ParseId(const std::string& text);

// The organization, or kNotFound with field `code`.
Result<org::Organization> RequireOrganization(app::Store& store, const std::string& code);

}  // namespace daihoi::http
