// Use case: log in (accounts.h): the throttle first, then the password; a session on success.
#include <algorithm>

#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/digest.h"

namespace daihoi::app {
namespace {

Error Refused(std::string message) {
  Error error(ErrorCode::kForbidden, std::move(message));
  error.field = "login";
  return error;
}

// Checked when the login is unknown, so an unknown login costs what a wrong password costs.
const std::string& DummyHash(const PasswordHashing& hashing) {
  static const std::string hash = [&] {
    auto made = HashPassword(RandomHex(16), hashing);
    return made.ok() ? *made : std::string();
  }();
  return hash;
}

}  // namespace

Result<LoginSession> Login(Store& store, const Clock& clock, const LoginRequest& request,
                           const AccountPolicy& policy) {
  AccountStore& accounts = AccountsOf(store);
  const int64_t now = clock.NowSeconds();
  const int64_t since = now - policy.login.window_seconds - policy.login.lockout_seconds;
  auto by_login = accounts.LoginFailures(request.login, since);
  if (!by_login.ok()) return by_login.error();
  auto by_client = accounts.ClientFailures(request.client, since);
  if (!by_client.ok()) return by_client.error();
  const access::LoginGate gate = access::DecideLogin(*by_login, *by_client, now, policy.login);
  if (!gate.allowed) {
    const std::string wait = std::to_string(std::max<int64_t>(1, gate.retry_at - now));
    Error refused =
        Refused(gate.locked ? "tài khoản tạm khóa do đăng nhập sai nhiều lần, thử lại sau " + wait +
                                  " giây (locked after repeated failures; retry in " + wait + " s)"
                            : "đăng nhập sai, thử lại sau " + wait +
                                  " giây (too soon after a failure; retry in " + wait + " s)");
    // A refusal of the throttle, not of the password: HTTP answers 429 with Retry-After.
    refused.code = ErrorCode::kTooManyRequests;
    return refused;
  }

  auto user = accounts.FindUser(request.login);
  if (!user.ok()) return user.error();
  const bool ok = user->has_value()
                      ? VerifyPassword((*user)->password_hash, request.password)
                      : (VerifyPassword(DummyHash(policy.hashing), request.password), false);
  if (!ok) {
    // Timed when it is known, after the slow hash: the throttle's wait runs from the answer.
    if (Status s = accounts.AddLoginFailure(request.login, request.client, clock.NowSeconds());
        !s) {
      return s.error();
    }
    if (Status s = accounts.ForgetLoginFailuresBefore(since); !s) return s.error();
    return Refused("sai tên đăng nhập hoặc mật khẩu (wrong login or password)");
  }

  auto grants = accounts.Grants((*user)->id);
  if (!grants.ok()) return grants.error();
  LoginSession session;
  session.token = RandomHex(32);
  session.expires_at = now + policy.session_seconds;
  session.actor.login = (*user)->login;
  for (const GrantRecord& grant : *grants) session.actor.grants.push_back(grant.grant);
  Status s = store.InTransaction([&]() -> Status {
    if (Status cleared = accounts.ClearLoginFailures(request.login); !cleared) return cleared;
    auto added = accounts.AddSession(
        {0, (*user)->id, Sha256Hex(session.token), request.client, now, session.expires_at, {}});
    if (!added.ok()) return added.error();
    auto audited = AppendAudit(store, clock, (*user)->login,
                               {"session.login", "", ChangeText({{"client", request.client}})});
    if (!audited.ok()) return audited.error();
    return {};
  });
  if (!s) return s.error();
  return session;
}

}  // namespace daihoi::app
