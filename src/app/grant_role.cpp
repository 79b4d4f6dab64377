// Use case: give a user a role over an organization's subtree (accounts.h, access/access.h).
#include "app/accounts_common.h"
#include "app/audit.h"

namespace daihoi::app {

Status GrantRole(Store& store, const Clock& clock, const Actor& actor, const std::string& login,
                 const access::Grant& grant) {
  if (auto problem = access::CheckGrant(grant)) {
    return InvalidInput(*problem, grant.org_code.empty() ? "org" : "term");
  }
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
    auto added = accounts.AddGrant({0, user->id, grant, UtcText(clock.NowMs())});
    if (!added.ok()) return added.error();
    auto audited = AppendAudit(store, clock, actor.login,
                               {"user.grant", grant.org_code,
                                ChangeText({{"login", login}, {"grant", GrantText(grant)}})});
    if (!audited.ok()) return audited.error();
    return {};
  });
}

}  // namespace daihoi::app
