// Sign-in over the real server (docs/security.md "Đăng nhập"): `daihoi serve`'s http::Server on
// a real SQLite store with accounts, called with cpp-httplib's client — cookies and their
// flags, /me, CSRF, logout, expiry, the throttle's 429, the security headers, and HTTPS.
#include "http/auth_api.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <sodium.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/accounts.h"
#include "app/ports/clock.h"
#include "http/server.h"
#include "http/session.h"
#include "http/store_pool.h"
#include "storage/open.h"

namespace daihoi::http {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr char kPassword[] = "mật khẩu đủ dài";

std::vector<std::string> SetCookies(const httplib::Result& res) {
  std::vector<std::string> cookies;
  const size_t count = res->get_header_value_count("Set-Cookie");
  for (size_t i = 0; i < count; ++i) cookies.push_back(res->get_header_value("Set-Cookie", i));
  return cookies;
}

// The Set-Cookie line of a cookie, "" when absent.
std::string CookieLine(const httplib::Result& res, const std::string& name) {
  for (const std::string& line : SetCookies(res)) {
    if (line.rfind(name + "=", 0) == 0) return line;
  }
  return "";
}

std::string CookieValue(const std::string& line) {
  const size_t equals = line.find('=');
  const size_t end = line.find(';');
  return line.substr(equals + 1, end - equals - 1);
}

bool Has(const std::string& line, const std::string& attribute) {
  return line.find("; " + attribute) != std::string::npos;
}

class AuthServer : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GE(sodium_init(), 0); }

  void Start(bool tls = false) {
    dir_ = fs::temp_directory_path() /
           ("daihoi-auth-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "web" / "assets");
    std::ofstream(dir_ / "web" / "index.html") << "<!doctype html><title>daihoi</title>";
    std::ofstream(dir_ / "web" / "assets" / "app-0123abcd.js") << "console.log(1);";
    url_ = "sqlite:" + (dir_ / "auth.db").string();

    auto store = storage::OpenStore(url_);
    ASSERT_TRUE(store.ok()) << store.error().message;
    // The cheapest argon2id: these tests check behaviour, not cost.
    policy_.hashing = {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    const app::Actor cli = app::Actor::CommandLine("tester");
    for (const char* login : {"quantri", "nguoidung"}) {
      auto id = app::AddUser(**store, clock_, cli,
                             {login, std::string("Người dùng ") + login, kPassword}, policy_);
      ASSERT_TRUE(id.ok()) << id.error().message;
    }
    ASSERT_TRUE(
        app::GrantRole(**store, clock_, cli, "quantri", {access::Role::kAdministrator, "", ""})
            .ok());
    pool_ = std::make_unique<StorePool>([url = url_] { return storage::OpenStore(url); },
                                        std::move(store).value());

    ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.web_root = dir_ / "web";
    if (tls) {
      const fs::path key = dir_ / "key.pem";
      const fs::path cert = dir_ / "cert.pem";
      const std::string command =
          "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "
          "/CN=127.0.0.1 -keyout '" +
          key.string() + "' -out '" + cert.string() + "' >/dev/null 2>&1";
      ASSERT_EQ(std::system(command.c_str()), 0) << command;
      options.cert_file = cert;
      options.key_file = key;
    }
    server_ = std::make_unique<Server>(*pool_, options);
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.error().message;
    port_ = *port;
    thread_ = std::thread([this] {
      (void)server_->Serve();
      served_ = true;
    });
    if (tls) {
      auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", port_);
      client->enable_server_certificate_verification(false);
      client_ = std::move(client);
    } else {
      client_ = std::make_unique<httplib::ClientImpl>("127.0.0.1", port_);
    }
    client_->set_connection_timeout(5);
    client_->set_read_timeout(10);
  }

  void TearDown() override {
    if (server_) {
      // stop() does nothing before the accept loop runs: repeat until Serve has returned.
      while (!served_) {
        server_->Stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      thread_.join();
    }
    client_.reset();
    server_.reset();
    pool_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  httplib::Result Login(const std::string& login, const std::string& password) {
    return client_->Post("/api/v1/auth/login",
                         json{{"login", login}, {"password", password}}.dump(), "application/json");
  }

  // Signs in; the session and CSRF cookies' values.
  std::pair<std::string, std::string> SignIn(const std::string& login = "quantri") {
    auto res = Login(login, kPassword);
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200) << res->body;
    return {CookieValue(CookieLine(res, "daihoi_session")),
            CookieValue(CookieLine(res, "daihoi_csrf"))};
  }

  httplib::Headers WithSession(const std::string& session, const std::string& csrf = "") {
    httplib::Headers headers = {{"Cookie", "daihoi_session=" + session + "; daihoi_csrf=" + csrf}};
    if (!csrf.empty()) headers.emplace("X-CSRF-Token", csrf);
    return headers;
  }

  fs::path dir_;
  std::string url_;
  app::SystemClock clock_;
  app::AccountPolicy policy_;
  std::unique_ptr<StorePool> pool_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<bool> served_{false};
  std::unique_ptr<httplib::ClientImpl> client_;
};

TEST_F(AuthServer, LoginSetsBothCookiesWithTheirFlagsAndAnswersTheSession) {
  Start();
  auto res = Login("quantri", kPassword);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const std::string session = CookieLine(res, "daihoi_session");
  const std::string csrf = CookieLine(res, "daihoi_csrf");
  ASSERT_FALSE(session.empty());
  ASSERT_FALSE(csrf.empty());
  EXPECT_TRUE(Has(session, "HttpOnly")) << session;
  EXPECT_TRUE(Has(session, "SameSite=Strict")) << session;
  EXPECT_TRUE(Has(session, "Path=/")) << session;
  EXPECT_FALSE(Has(session, "Secure")) << session;
  EXPECT_FALSE(Has(csrf, "HttpOnly")) << csrf;  // the web app reads it
  EXPECT_TRUE(Has(csrf, "SameSite=Strict")) << csrf;
  EXPECT_EQ(CookieValue(session).size(), 64u);
  EXPECT_EQ(CookieValue(csrf), CsrfToken(CookieValue(session)));

  const json body = json::parse(res->body);
  EXPECT_EQ(body["login"], "quantri");
  EXPECT_EQ(body["display_name"], "Người dùng quantri");
  ASSERT_EQ(body["grants"].size(), 1u);
  EXPECT_EQ(body["grants"][0], (json{{"role", "administrator"}, {"org_code", ""}, {"term", ""}}));
  EXPECT_EQ(body["csrf_token"], CookieValue(csrf));
  EXPECT_EQ(body["expires_at"].get<std::string>().back(), 'Z');
  EXPECT_EQ(res->get_header_value("Cache-Control"), "no-store");
}

TEST_F(AuthServer, WrongPasswordIsForbiddenThenTheThrottleAnswers429WithRetryAfter) {
  Start();
  auto wrong = Login("nguoidung", "sai mật khẩu rồi");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 403) << wrong->body;
  EXPECT_EQ(json::parse(wrong->body)["error"]["code"], "forbidden");
  EXPECT_TRUE(CookieLine(wrong, "daihoi_session").empty());
  // Right away, even the right password waits (access::LoginPolicy: 1 s after one failure).
  auto soon = Login("nguoidung", kPassword);
  ASSERT_TRUE(soon);
  EXPECT_EQ(soon->status, 429) << soon->body;
  EXPECT_EQ(json::parse(soon->body)["error"]["code"], "too_many_requests");
  ASSERT_TRUE(soon->has_header("Retry-After"));
  EXPECT_GE(std::stoi(soon->get_header_value("Retry-After")), 1);
  // 1 s after the end of the failure's second, which the slow hash may have moved on by one.
  EXPECT_LE(std::stoi(soon->get_header_value("Retry-After")), 3);
}

TEST_F(AuthServer, MeAnswersTheSessionOrUnauthenticated) {
  Start();
  auto [session, csrf] = SignIn();
  auto me = client_->Get("/api/v1/auth/me", WithSession(session));
  ASSERT_TRUE(me);
  EXPECT_EQ(me->status, 200) << me->body;
  EXPECT_EQ(json::parse(me->body)["login"], "quantri");
  EXPECT_EQ(json::parse(me->body)["csrf_token"], csrf);
  EXPECT_TRUE(SetCookies(me).empty());

  auto anonymous = client_->Get("/api/v1/auth/me");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
  EXPECT_EQ(json::parse(anonymous->body)["error"]["code"], "unauthenticated");
  auto forged = client_->Get("/api/v1/auth/me", WithSession(std::string(64, 'a')));
  ASSERT_TRUE(forged);
  EXPECT_EQ(forged->status, 401);

  // A script's bearer token works alike.
  auto bearer = client_->Get("/api/v1/auth/me", {{"Authorization", "Bearer " + session}});
  ASSERT_TRUE(bearer);
  EXPECT_EQ(bearer->status, 200);
}

TEST_F(AuthServer, StateChangingRequestsNeedTheCsrfHeaderOfTheSession) {
  Start();
  auto [session, csrf] = SignIn();
  // On a route of route.h and on one of api.cpp's own table: refused before the handler.
  for (const char* path : {"/api/v1/organizations/HANOI/allocations/compare",
                           "/api/v1/import/orgs?dry_run=true&file=orgs.csv"}) {
    auto missing = client_->Post(path, WithSession(session), "{}", "application/json");
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 403) << path << " " << missing->body;
    EXPECT_EQ(json::parse(missing->body)["error"]["field"], "csrf") << path;
    httplib::Headers wrong = WithSession(session);
    wrong.emplace("X-CSRF-Token", std::string(64, '0'));
    auto forged = client_->Post(path, wrong, "{}", "application/json");
    ASSERT_TRUE(forged);
    EXPECT_EQ(forged->status, 403) << path;
    EXPECT_EQ(json::parse(forged->body)["error"]["field"], "csrf") << path;
    auto right = client_->Post(path, WithSession(session, csrf), "{}", "application/json");
    ASSERT_TRUE(right);
    const json answer = json::parse(right->body, nullptr, false);
    EXPECT_FALSE(answer.is_object() && answer.contains("error") &&
                 answer["error"]["field"] == "csrf")
        << path << " " << right->body;
  }
  // Logout too: without the header the session survives.
  auto refused = client_->Post("/api/v1/auth/logout", WithSession(session), "", "text/plain");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 403);
  EXPECT_EQ(client_->Get("/api/v1/auth/me", WithSession(session))->status, 200);
  // A bearer token is never sent by a browser on its own: no CSRF header needed.
  auto bearer = client_->Post("/api/v1/auth/logout", {{"Authorization", "Bearer " + session}}, "",
                              "text/plain");
  ASSERT_TRUE(bearer);
  EXPECT_EQ(bearer->status, 204);
}

TEST_F(AuthServer, LogoutRevokesTheSessionAndClearsBothCookies) {
  Start();
  auto [session, csrf] = SignIn();
  auto out = client_->Post("/api/v1/auth/logout", WithSession(session, csrf), "", "text/plain");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 204) << out->body;
  EXPECT_TRUE(Has(CookieLine(out, "daihoi_session"), "Max-Age=0"));
  EXPECT_TRUE(Has(CookieLine(out, "daihoi_csrf"), "Max-Age=0"));
  EXPECT_EQ(CookieValue(CookieLine(out, "daihoi_session")), "");
  auto me = client_->Get("/api/v1/auth/me", WithSession(session));
  ASSERT_TRUE(me);
  EXPECT_EQ(me->status, 401);
}

TEST_F(AuthServer, AnExpiredSessionIsUnauthenticated) {
  Start();
  std::string token;
  {
    auto store = storage::OpenStore(url_);
    ASSERT_TRUE(store.ok());
    // Signed in 13 hours ago: the 12-hour session is over.
    app::FixedClock then(clock_.NowMs() - 13 * 3600 * 1000);
    auto session = app::Login(**store, then, {"nguoidung", kPassword, "10.0.0.1"}, policy_);
    ASSERT_TRUE(session.ok()) << session.error().message;
    token = session->token;
  }
  auto me = client_->Get("/api/v1/auth/me", WithSession(token));
  ASSERT_TRUE(me);
  EXPECT_EQ(me->status, 401);
  auto change = client_->Post(
      "/api/v1/auth/password", WithSession(token, CsrfToken(token)),
      json{{"old_password", kPassword}, {"new_password", "mới và dài"}}.dump(), "application/json");
  ASSERT_TRUE(change);
  EXPECT_EQ(change->status, 401) << change->body;
}

TEST_F(AuthServer, PasswordChangeEndsTheSessionsAndTheNewPasswordSignsIn) {
  Start();
  auto [session, csrf] = SignIn("nguoidung");
  auto wrong = client_->Post(
      "/api/v1/auth/password", WithSession(session, csrf),
      json{{"old_password", "không đúng đâu"}, {"new_password", "mật khẩu mới dài"}}.dump(),
      "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 403) << wrong->body;
  EXPECT_EQ(json::parse(wrong->body)["error"]["field"], "old_password");
  auto changed =
      client_->Post("/api/v1/auth/password", WithSession(session, csrf),
                    json{{"old_password", kPassword}, {"new_password", "mật khẩu mới dài"}}.dump(),
                    "application/json");
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->status, 204) << changed->body;
  EXPECT_TRUE(Has(CookieLine(changed, "daihoi_session"), "Max-Age=0"));
  EXPECT_EQ(client_->Get("/api/v1/auth/me", WithSession(session))->status, 401);
  auto again = Login("nguoidung", "mật khẩu mới dài");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200) << again->body;
}

TEST_F(AuthServer, EveryResponseCarriesTheSecurityHeaders) {
  Start();
  const std::vector<std::pair<std::string, int>> paths = {
      {"/api/v1/health", 200},           // an API reply
      {"/assets/app-0123abcd.js", 200},  // a static file
      {"/assets/missing-0000.js", 404},  // a missing file
      {"/api/v1/no-such-thing", 404},    // an unknown API path
      {"/api/v1/auth/me", 401},          // an error of the API
      {"/org/HANOI", 200},               // a route of the web app
  };
  for (const auto& [path, status] : paths) {
    auto res = client_->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, status) << path;
    const std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << path << ": " << csp;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(res->get_header_value_count("X-Content-Type-Options"), 1u) << path;
    EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY") << path;
    EXPECT_EQ(res->get_header_value("Referrer-Policy"), "same-origin") << path;
    EXPECT_FALSE(res->has_header("Strict-Transport-Security")) << path;
  }
}

TEST_F(AuthServer, ServesHttpsWithSecureCookiesAndHsts) {
  Start(/*tls=*/true);
  auto health = client_->Get("/api/v1/health");
  ASSERT_TRUE(health) << httplib::to_string(health.error());
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->get_header_value("Strict-Transport-Security"), "max-age=31536000");
  auto res = Login("quantri", kPassword);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_TRUE(Has(CookieLine(res, "daihoi_session"), "Secure"));
  EXPECT_TRUE(Has(CookieLine(res, "daihoi_csrf"), "Secure"));
  EXPECT_TRUE(Has(CookieLine(res, "daihoi_session"), "HttpOnly"));
  // Plain HTTP on the same port gets nothing.
  httplib::Client plain("127.0.0.1", port_);
  plain.set_connection_timeout(2);
  plain.set_read_timeout(2);
  auto cleartext = plain.Get("/api/v1/health");
  EXPECT_TRUE(!cleartext || cleartext->status != 200);
}

TEST(Session, ForActorTellsTheAnonymousToSignIn) {
  const Error refused(ErrorCode::kForbidden, "không có quyền", "code");
  EXPECT_EQ(ForActor(refused, app::Actor{}).code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(ForActor(refused, app::Actor{"nguoidung", {}}).code, ErrorCode::kForbidden);
  EXPECT_EQ(ForActor(NotFound("không có"), app::Actor{}).code, ErrorCode::kNotFound);
}

TEST(Session, CsrfIsCheckedOnWritesWithTheSessionCookieOnly) {
  httplib::Request req;
  req.method = "POST";
  req.path = "/api/v1/members";
  EXPECT_TRUE(CheckCsrf(req).ok());  // no session: nothing to forge
  req.headers.emplace("Cookie", "theme=dark; daihoi_session=abc; daihoi_csrf=x");
  ASSERT_FALSE(CheckCsrf(req).ok());
  EXPECT_EQ(CheckCsrf(req).error().field, "csrf");
  req.headers.emplace("X-CSRF-Token", CsrfToken("abc"));
  EXPECT_TRUE(CheckCsrf(req).ok());
  httplib::Request read;
  read.method = "GET";
  read.headers.emplace("Cookie", "daihoi_session=abc");
  EXPECT_TRUE(CheckCsrf(read).ok());
  EXPECT_EQ(RequestCookie(req, "theme"), "dark");
  EXPECT_EQ(SessionToken(req), "abc");
}

TEST(Session, ClientAddressUsesXForwardedForOnlyBehindATrustedProxy) {
  httplib::Request req;
  req.remote_addr = "127.0.0.1";
  req.headers.emplace("X-Forwarded-For", "203.0.113.9, 198.51.100.7");
  EXPECT_EQ(ClientAddress(req, false), "127.0.0.1");
  EXPECT_EQ(ClientAddress(req, true), "198.51.100.7");
}

}  // namespace
}  // namespace daihoi::http
