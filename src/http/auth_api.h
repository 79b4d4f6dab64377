#pragma once
// Sign-in for the web app and the API (docs/security.md "Đăng nhập", docs/api.md "Sign-in"):
//   POST /auth/login     {"login","password"} → the session: cookies daihoi_session (HttpOnly)
//                        and daihoi_csrf, and the body {login, display_name, grants, csrf_token,
//                        expires_at}; 403 for a wrong login or password, 429 + Retry-After when
//                        throttled or locked (access/throttle.h)
//   GET  /auth/me        the same body, or 401
//   POST /auth/logout    204: the session revoked, both cookies cleared
//   POST /auth/password  {"old_password","new_password"} → 204; every session of the user ends
// The handlers write cookies, so they are registered here rather than through route.h's Reply.

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "http/api.h"

namespace daihoi::http {

class StorePool;

struct AuthOptions {
  bool secure_cookies = false;  // served over TLS: cookies carry Secure
  bool trust_proxy = false;     // the throttle's client address from X-Forwarded-For
  app::AccountPolicy policy;
};

std::vector<RouteInfo> AuthRoutes();
void RegisterAuthRoutes(httplib::Server& server, StorePool& pool, const AuthOptions& options);

// The client address the login throttle counts: the peer, or with trust_proxy the address the
// (trusted) reverse proxy appended last to X-Forwarded-For.
std::string ClientAddress(const httplib::Request& req, bool trust_proxy);

// The OpenAPI "paths" and "schemas" of these routes, merged by openapi.cpp.
const nlohmann::json& AuthOpenApi();

}  // namespace daihoi::http
