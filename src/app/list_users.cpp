// Use case: every user with its grants (accounts.h). No password hash leaves this use case.
#include "app/accounts_common.h"

namespace daihoi::app {

Result<std::vector<UserView>> ListUsers(Store& store, const Actor& actor) {
  if (Status s = Require(actor, access::Action::kAdminister, {}); !s) return s.error();
  AccountStore& accounts = AccountsOf(store);
  auto users = accounts.Users();
  if (!users.ok()) return users.error();
  std::vector<UserView> views;
  for (const UserRecord& user : *users) {
    auto grants = accounts.Grants(user.id);
    if (!grants.ok()) return grants.error();
    views.push_back({user.id, user.login, user.display_name, user.created_at,
                     user.password_changed_at, std::move(*grants)});
  }
  return views;
}

}  // namespace daihoi::app
