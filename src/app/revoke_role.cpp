// Use case: take a role back from a user (accounts.h).
#include "app/accounts_common.h"
#include "app/audit.h"

namespace daihoi::app {

Status RevokeRole(Store& store, const Clock& clock, const Actor& actor, const std::string& login,
                  const access::Grant& grant) {
  auto target = TargetOf(store, grant.org_code);
  if (!target.ok()) {
    Error error = target.error();
    error.field = "org";
    return error;
  }
  if (Status s = Require(actor, access::Action::kAdminister, *target); !s) return s;
  AccountStore& accounts = AccountsOf(store);
  auto user = RequireUser(accounts, login);
  if (!user.ok()) return user.error();
  return store.InTransaction([&]() -> Status {
    auto removed = accounts.RemoveGrant(user->id, grant);
    if (!removed.ok()) return removed.error();
    if (!*removed) {
      return NotFound("'" + login + "' không có quyền " + GrantText(grant) +
                      " (the user does not hold this grant)");
    }
    auto audited = AppendAudit(store, clock, actor.login,
                               {"user.revoke", grant.org_code,
                                ChangeText({{"login", login}, {"grant", GrantText(grant)}})});
    if (!audited.ok()) return audited.error();
    return {};
  });
}

}  // namespace daihoi::app
