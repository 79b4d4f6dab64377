// Use case: the actor behind a session token (accounts.h).
#include "app/accounts_common.h"
#include "app/digest.h"

namespace daihoi::app {

Result<Actor> Authenticate(Store& store, const Clock& clock, const std::string& token) {
  const Error refused(ErrorCode::kForbidden,
                      "phiên đăng nhập không hợp lệ hoặc đã hết hạn (no live session)", "session");
  if (token.empty()) return refused;
  AccountStore& accounts = AccountsOf(store);
  auto session = accounts.FindSession(Sha256Hex(token));
  if (!session.ok()) return session.error();
  if (!session->has_value() || (*session)->revoked_at.has_value() ||
      (*session)->expires_at <= clock.NowSeconds()) {
    return refused;
  }
  auto user = accounts.FindUserById((*session)->user_id);
  if (!user.ok()) return user.error();
  if (!user->has_value()) return refused;
  auto grants = accounts.Grants((*user)->id);
  if (!grants.ok()) return grants.error();
  Actor actor;
  actor.login = (*user)->login;
  for (const GrantRecord& grant : *grants) actor.grants.push_back(grant.grant);
  return actor;
}

}  // namespace daihoi::app
