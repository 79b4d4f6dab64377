#include "http/session.h"

#include <utility>

#include "app/digest.h"

namespace daihoi::http {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string BearerToken(const httplib::Request& req) {
  const std::string header = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (header.size() <= kBearer.size() || header.compare(0, kBearer.size(), kBearer) != 0) return {};
  return std::string(Trim(std::string_view(header).substr(kBearer.size())));
}

// Equal strings, in a time that does not depend on where they first differ.
bool SameSecret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  }
  return difference == 0;
}

bool ChangesState(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

}  // namespace

std::optional<std::string> RequestCookie(const httplib::Request& req, std::string_view name) {
  const size_t headers = req.get_header_value_count("Cookie");
  for (size_t h = 0; h < headers; ++h) {
    const std::string line = req.get_header_value("Cookie", h);
    std::string_view rest = line;
    while (!rest.empty()) {
      const size_t end = rest.find(';');
      std::string_view pair = Trim(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
      const size_t equals = pair.find('=');
      if (equals == std::string_view::npos) continue;
      if (Trim(pair.substr(0, equals)) == name) return std::string(Trim(pair.substr(equals + 1)));
    }
  }
  return std::nullopt;
}

std::string SessionToken(const httplib::Request& req) {
  std::string bearer = BearerToken(req);
  if (!bearer.empty()) return bearer;
  return RequestCookie(req, kSessionCookie).value_or("");
}

std::string CsrfToken(const std::string& session_token) {
  return app::Sha256Hex("daihoi-csrf/1\n" + session_token);
}

app::Actor RequestActor(const httplib::Request& req, app::Store& store) {
  const std::string token = SessionToken(req);
  if (token.empty()) return app::Actor{};
  auto actor = app::Authenticate(store, app::SystemClock(), token);
  // Unknown, expired or revoked: the request is anonymous (a storage error too: it grants
  // nothing, and the use case's refusal tells the user to sign in again).
  if (!actor.ok()) return app::Actor{};
  return std::move(actor).value();
}

bool IsAnonymous(const app::Actor& actor) { return actor.login.empty(); }

Status CheckCsrf(const httplib::Request& req) {
  if (!ChangesState(req.method)) return {};
  if (req.path == "/api/v1/auth/login") return {};
  if (!BearerToken(req).empty()) return {};
  const auto session = RequestCookie(req, kSessionCookie);
  // Without a session cookie a forged request carries nobody's rights: nothing to protect.
  if (!session || session->empty()) return {};
  const std::string sent = req.get_header_value(std::string(kCsrfHeader));
  if (sent.empty() || !SameSecret(sent, CsrfToken(*session))) {
    return Error(ErrorCode::kForbidden,
                 "thiếu hoặc sai mã chống giả mạo yêu cầu, hãy tải lại trang (missing or wrong "
                 "X-CSRF-Token header)",
                 "csrf");
  }
  return {};
}

Error ForActor(Error error, const app::Actor& actor) {
  if (error.code == ErrorCode::kForbidden && IsAnonymous(actor)) {
    error.code = ErrorCode::kUnauthenticated;
    error.message = "cần đăng nhập (sign in first): " + error.message;
  }
  return error;
}

}  // namespace daihoi::http
