// Use case: add a user (accounts.h), with an audit record in the same transaction.
#include "app/accounts_common.h"
#include "app/audit.h"

namespace daihoi::app {

Result<int64_t> AddUser(Store& store, const Clock& clock, const Actor& actor, const NewUser& user,
                        const AccountPolicy& policy) {
  if (Status s = Require(actor, access::Action::kAdminister, {}); !s) return s.error();
  if (Status s = CheckLoginName(user.login); !s) return s.error();
  if (user.display_name.empty()) {
    return InvalidInput("cần tên hiển thị (a display name is required)", "display_name");
  }
  if (Status s = CheckNewPassword(user.password, policy); !s) return s.error();
  auto hash = HashPassword(user.password, policy.hashing);
  if (!hash.ok()) return hash.error();
  UserRecord record;
  record.login = user.login;
  record.display_name = user.display_name;
  record.password_hash = *hash;
  record.created_at = UtcText(clock.NowMs());
  record.password_changed_at = record.created_at;
  int64_t id = 0;
  Status s = store.InTransaction([&]() -> Status {
    auto added = AccountsOf(store).AddUser(record);
    if (!added.ok()) return added.error();
    id = *added;
    auto audited = AppendAudit(
        store, clock, actor.login,
        {"user.add", "", ChangeText({{"login", user.login}, {"display_name", user.display_name}})});
    if (!audited.ok()) return audited.error();
    return {};
  });
  if (!s) return s.error();
  return id;
}

}  // namespace daihoi::app
