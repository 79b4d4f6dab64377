#include "http/auth_api.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "access/throttle.h"
#include "app/digest.h"
#include "app/ports/account_store.h"
#include "app/ports/clock.h"
#include "common/result.h"
#include "http/route.h"
#include "http/session.h"
#include "http/store_pool.h"

namespace daihoi::http {
namespace {

using nlohmann::ordered_json;

std::string Cookie(std::string_view name, const std::string& value, bool http_only, bool secure,
                   bool clear) {
  std::string cookie = std::string(name) + "=" + value + "; Path=/";
  if (clear) cookie += "; Max-Age=0";
  if (http_only) cookie += "; HttpOnly";
  cookie += "; SameSite=Strict";
  if (secure) cookie += "; Secure";
  return cookie;
}

void SetSessionCookies(httplib::Response& res, const std::string& token, bool secure) {
  res.set_header("Set-Cookie", Cookie(kSessionCookie, token, true, secure, false));
  res.set_header("Set-Cookie", Cookie(kCsrfCookie, CsrfToken(token), false, secure, false));
}

void ClearSessionCookies(httplib::Response& res, bool secure) {
  res.set_header("Set-Cookie", Cookie(kSessionCookie, "", true, secure, true));
  res.set_header("Set-Cookie", Cookie(kCsrfCookie, "", false, secure, true));
}

void WriteBody(httplib::Response& res, int status, const ordered_json& body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body.dump(-1, ' ', false, ordered_json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void WriteNoContent(httplib::Response& res) {
  res.status = 204;
  res.set_header("Cache-Control", "no-store");
}

Error SignInFirst() {
  return Error(ErrorCode::kUnauthenticated,
               "chưa đăng nhập hoặc phiên đã hết hạn (no live session: sign in)", "session");
}

// {login, display_name, grants, csrf_token, expires_at}: the answer of login and me.
Result<ordered_json> SessionBody(app::AccountStore& accounts, const app::Actor& actor,
                                 const std::string& token, int64_t expires_at) {
  auto user = accounts.FindUser(actor.login);
  if (!user.ok()) return user.error();
  ordered_json grants = ordered_json::array();
  for (const access::Grant& grant : actor.grants) {
    grants.push_back({{"role", access::ToString(grant.role)},
                      {"org_code", grant.org_code},
                      {"term", grant.term}});
  }
  return ordered_json{{"login", actor.login},
                      {"display_name", user->has_value() ? (*user)->display_name : actor.login},
                      {"grants", std::move(grants)},
                      {"csrf_token", CsrfToken(token)},
                      {"expires_at", app::UtcText(expires_at * 1000)}};
}

Result<std::string> RequiredText(const nlohmann::json& body, const char* field) {
  if (!body.is_object() || !body.contains(field) || !body[field].is_string()) {
    return InvalidInput(std::string("thiếu trường '") + field + "' (missing string field)", field);
  }
  return body[field].get<std::string>();
}

// Seconds until the throttle lets this login and client try again (at least 1).
int64_t RetryAfter(app::Store& store, const app::Clock& clock, const app::LoginRequest& request,
                   const access::LoginPolicy& policy) {
  app::AccountStore& accounts = app::AccountsOf(store);
  const int64_t now = clock.NowSeconds();
  const int64_t since = now - policy.window_seconds - policy.lockout_seconds;
  auto by_login = accounts.LoginFailures(request.login, since);
  auto by_client = accounts.ClientFailures(request.client, since);
  if (!by_login.ok() || !by_client.ok()) return 1;
  const access::LoginGate gate = access::DecideLogin(*by_login, *by_client, now, policy);
  return std::max<int64_t>(1, gate.retry_at - now);
}

void PostLogin(const httplib::Request& req, httplib::Response& res, app::Store& store,
               const AuthOptions& options) {
  auto body = ParseBody(req);
  if (!body.ok()) return WriteError(res, body.error());
  auto login = RequiredText(*body, "login");
  if (!login.ok()) return WriteError(res, login.error());
  auto password = RequiredText(*body, "password");
  if (!password.ok()) return WriteError(res, password.error());
  const app::SystemClock clock;
  const app::LoginRequest request{*login, *password, ClientAddress(req, options.trust_proxy)};
  auto session = app::Login(store, clock, request, options.policy);
  if (!session.ok()) {
    if (session.error().code == ErrorCode::kTooManyRequests) {
      res.set_header("Retry-After",
                     std::to_string(RetryAfter(store, clock, request, options.policy.login)));
    }
    return WriteError(res, session.error());
  }
  auto answer =
      SessionBody(app::AccountsOf(store), session->actor, session->token, session->expires_at);
  if (!answer.ok()) return WriteError(res, answer.error());
  SetSessionCookies(res, session->token, options.secure_cookies);
  WriteBody(res, 200, *answer);
}

void GetMe(const httplib::Request& req, httplib::Response& res, app::Store& store,
           const AuthOptions&) {
  const std::string token = SessionToken(req);
  const app::SystemClock clock;
  auto actor = app::Authenticate(store, clock, token);
  if (!actor.ok()) {
    return WriteError(res,
                      actor.error().code == ErrorCode::kForbidden ? SignInFirst() : actor.error());
  }
  app::AccountStore& accounts = app::AccountsOf(store);
  auto session = accounts.FindSession(app::Sha256Hex(token));
  if (!session.ok()) return WriteError(res, session.error());
  if (!*session) return WriteError(res, SignInFirst());
  auto answer = SessionBody(accounts, *actor, token, (*session)->expires_at);
  if (!answer.ok()) return WriteError(res, answer.error());
  WriteBody(res, 200, *answer);
}

void PostLogout(const httplib::Request& req, httplib::Response& res, app::Store& store,
                const AuthOptions& options) {
  Status s = app::Logout(store, app::SystemClock(), SessionToken(req));
  if (!s.ok()) return WriteError(res, s.error());
  ClearSessionCookies(res, options.secure_cookies);
  WriteNoContent(res);
}

void PostPassword(const httplib::Request& req, httplib::Response& res, app::Store& store,
                  const AuthOptions& options) {
  const app::Actor actor = RequestActor(req, store);
  if (IsAnonymous(actor)) return WriteError(res, SignInFirst());
  auto body = ParseBody(req);
  if (!body.ok()) return WriteError(res, body.error());
  auto old_password = RequiredText(*body, "old_password");
  if (!old_password.ok()) return WriteError(res, old_password.error());
  auto new_password = RequiredText(*body, "new_password");
  if (!new_password.ok()) return WriteError(res, new_password.error());
  Status s = app::ChangePassword(store, app::SystemClock(), actor, actor.login, *old_password,
                                 *new_password, options.policy);
  if (!s.ok()) return WriteError(res, s.error());
  // Every session of the user has ended, this one too: the user signs in again.
  ClearSessionCookies(res, options.secure_cookies);
  WriteNoContent(res);
}

using AuthHandler = void (*)(const httplib::Request&, httplib::Response&, app::Store&,
                             const AuthOptions&);

struct AuthEntry {
  std::string_view method;
  std::string_view path;
  AuthHandler handler;
};

const std::vector<AuthEntry>& Entries() {
  static const std::vector<AuthEntry> entries = {
      {"POST", "/auth/login", PostLogin},
      {"GET", "/auth/me", GetMe},
      {"POST", "/auth/logout", PostLogout},
      {"POST", "/auth/password", PostPassword},
  };
  return entries;
}

}  // namespace

std::string ClientAddress(const httplib::Request& req, bool trust_proxy) {
  if (trust_proxy && req.has_header("X-Forwarded-For")) {
    // Later proxies append: the last entry is what the trusted proxy itself saw.
    const size_t count = req.get_header_value_count("X-Forwarded-For");
    std::string forwarded = req.get_header_value("X-Forwarded-For", count - 1);
    const size_t comma = forwarded.rfind(',');
    std::string last = comma == std::string::npos ? forwarded : forwarded.substr(comma + 1);
    const size_t begin = last.find_first_not_of(" \t");
    const size_t end = last.find_last_not_of(" \t");
    if (begin != std::string::npos) return last.substr(begin, end - begin + 1);
  }
  return req.remote_addr;
}

std::vector<RouteInfo> AuthRoutes() {
  std::vector<RouteInfo> routes;
  for (const auto& entry : Entries()) routes.push_back({entry.method, entry.path});
  return routes;
}

void RegisterAuthRoutes(httplib::Server& server, StorePool& pool, const AuthOptions& options) {
  for (const auto& entry : Entries()) {
    auto handler = [&pool, options, run = entry.handler](const httplib::Request& req,
                                                         httplib::Response& res) {
      // The sign-in itself needs no CSRF token (CheckCsrf lets it pass); logout and the password
      // change do.
      if (Status csrf = CheckCsrf(req); !csrf) return WriteError(res, csrf.error());
      auto store = pool.Acquire();
      if (!store.ok()) return WriteError(res, store.error());
      run(req, res, **store, options);
    };
    const std::string pattern = "/api/v1" + std::string(entry.path);
    if (entry.method == "GET") {
      server.Get(pattern, std::move(handler));
    } else {
      server.Post(pattern, std::move(handler));
    }
  }
}

}  // namespace daihoi::http
