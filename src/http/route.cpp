#include "http/route.h"

#include <limits>
#include <utility>

#include "http/errors.h"
#include "http/session.h"
#include "http/store_pool.h"

namespace daihoi::http {

Reply JsonReply(const nlohmann::ordered_json& body, int status) {
  Reply reply;
  reply.status = status;
  reply.bytes = body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  return reply;
}

void WriteError(httplib::Response& res, const Error& error) {
  res.status = HttpStatus(error.code);
  res.set_header("Cache-Control", "no-store");
  res.set_content(ErrorBody(error).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

httplib::Server::Handler Route(StorePool& pool, Handler handler,
                               std::function<Error(Error)> rename) {
  return [&pool, handler = std::move(handler), rename = std::move(rename)](
             const httplib::Request& req, httplib::Response& res) {
    // CSRF before anything else (session.h); an anonymous refusal is 401, not 403.
    if (Status csrf = CheckCsrf(req); !csrf) return WriteError(res, csrf.error());
    auto store = pool.Acquire();
    if (!store.ok()) return WriteError(res, store.error());
    const app::Actor actor = RequestActor(req, **store);
    auto reply = handler(req, **store, actor);
    if (!reply.ok()) {
      Error error = ForActor(reply.error(), actor);
      return WriteError(res, rename ? rename(std::move(error)) : error);
    }
    res.status = reply->status;
    res.set_header("Cache-Control", "no-store");
    if (!reply->file_name.empty()) {
      res.set_header("Content-Disposition", "attachment; filename=\"" + reply->file_name + "\"");
    }
    res.set_content(std::move(reply->bytes), reply->content_type);
  };
}

std::vector<RouteInfo> RouteInfos(const std::vector<RouteEntry>& entries) {
  std::vector<RouteInfo> routes;
  for (const auto& entry : entries) routes.push_back({entry.method, entry.path});
  return routes;
}

void RegisterRoutes(httplib::Server& server, StorePool& pool,
                    const std::vector<RouteEntry>& entries,
                    const std::function<Error(Error)>& rename) {
  for (const auto& entry : entries) {
    if (!entry.handler) continue;  // registered by its route file (e.g. an event stream)
    const std::string pattern = "/api/v1" + std::string(entry.pattern);
    auto handler = Route(pool, entry.handler, rename);
    if (entry.method == "GET") {
      server.Get(pattern, std::move(handler));
    } else if (entry.method == "POST") {
      server.Post(pattern, std::move(handler));
    } else if (entry.method == "PUT") {
      server.Put(pattern, std::move(handler));
    } else if (entry.method == "PATCH") {
      server.Patch(pattern, std::move(handler));
    } else {
      server.Delete(pattern, std::move(handler));
    }
  }
}

Result<nlohmann::json> ParseBody(const httplib::Request& req, bool empty_is_object) {
  if (empty_is_object && req.body.find_first_not_of(" \t\r\n") == std::string::npos) {
    return nlohmann::json::object();
  }
  nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded()) {
    return InvalidInput("nội dung không phải JSON hợp lệ (the body is not valid JSON)", "body");
  }
  return body;
}

Result<int64_t> ParseId(const std::string& text) {
  int64_t id = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || id > (std::numeric_limits<int64_t>::max() - 9) / 10) {
      return InvalidInput("số không hợp lệ '" + text + "' (not an id)", "id");
    }
    id = id * 10 + (c - '0');
  }
  if (text.empty()) return InvalidInput("thiếu số (missing id)", "id");
  return id;
}

Result<org::Organization> RequireOrganization(app::Store& store, const std::string& code) {
  auto found = store.FindOrganization(code);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("không có tổ chức đảng '" + code + "' (unknown organization)");
    error.field = "code";
    return error;
  }
  return std::move(**found);
}

}  // namespace daihoi::http
