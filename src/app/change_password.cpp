// Use case: change a user's password (accounts.h). The old password is required unless a global
// administrator resets it; every session of the user ends.
#include "app/accounts_common.h"
#include "app/audit.h"

namespace daihoi::app {

Status ChangePassword(Store& store, const Clock& clock, const Actor& actor,
                      const std::string& login, const std::optional<std::string>& old_password,
                      const std::string& new_password, const AccountPolicy& policy) {
  const bool administrator = IsGlobalAdministrator(actor);
  if (!administrator && actor.login != login) {
    return Error(ErrorCode::kForbidden, "'" + actor.login +
                                            "' chỉ đổi được mật khẩu của mình "
                                            "(may change only its own password)");
  }
  AccountStore& accounts = AccountsOf(store);
  auto user = RequireUser(accounts, login);
  if (!user.ok()) return user.error();
  if (!administrator) {
    if (!old_password) {
      return InvalidInput("cần mật khẩu cũ (the old password is required)", "old_password");
    }
    if (!VerifyPassword(user->password_hash, *old_password)) {
      Error error(ErrorCode::kForbidden, "mật khẩu cũ không đúng (the old password is wrong)");
      error.field = "old_password";
      return error;
    }
  }
  if (Status s = CheckNewPassword(new_password, policy, "new_password"); !s) return s;
  auto hash = HashPassword(new_password, policy.hashing);
  if (!hash.ok()) return hash.error();
  return store.InTransaction([&]() -> Status {
    auto changed = accounts.SetPasswordHash(user->id, *hash, UtcText(clock.NowMs()));
    if (!changed.ok()) return changed.error();
    auto revoked = accounts.RevokeSessions(user->id, clock.NowSeconds());
    if (!revoked.ok()) return revoked.error();
    auto audited = AppendAudit(
        store, clock, actor.login,
        {"user.passwd", "",
         ChangeText({{"login", login},
                     {"by_administrator", administrator && actor.login != login ? "yes" : "no"}})});
    if (!audited.ok()) return audited.error();
    return {};
  });
}

}  // namespace daihoi::app
