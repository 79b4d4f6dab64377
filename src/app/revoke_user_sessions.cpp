// Use case: end every session of a user (accounts.h): an administrator's, or the user's own.
#include "app/accounts_common.h"
#include "app/audit.h"

namespace daihoi::app {

Result<int64_t> RevokeUserSessions(Store& store, const Clock& clock, const Actor& actor,
                                   const std::string& login) {
  if (actor.login != login) {
    if (Status s = Require(actor, access::Action::kAdminister, {}); !s) return s.error();
  }
  AccountStore& accounts = AccountsOf(store);
  auto user = RequireUser(accounts, login);
  if (!user.ok()) return user.error();
  int64_t count = 0;
  Status s = store.InTransaction([&]() -> Status {
    auto revoked = accounts.RevokeSessions(user->id, clock.NowSeconds());
    if (!revoked.ok()) return revoked.error();
    count = *revoked;
    auto audited = AppendAudit(store, clock, actor.login,
                               {"session.revoke_all", "", ChangeText({{"login", login}})});
    if (!audited.ok()) return audited.error();
    return {};
  });
  if (!s) return s.error();
  return count;
}

}  // namespace daihoi::app
