// Use case: the first administrator of an empty user table (accounts.h).
#include "app/accounts_common.h"
#include "app/audit.h"

namespace daihoi::app {

Result<std::optional<std::string>> EnsureAdministrator(Store& store, const Clock& clock,
                                                       const AccountPolicy& policy) {
  AccountStore& accounts = AccountsOf(store);
  auto count = accounts.CountUsers();
  if (!count.ok()) return count.error();
  if (*count > 0) return std::optional<std::string>();
  std::string password = RandomPassword(std::max<size_t>(20, policy.min_password_length));
  auto hash = HashPassword(password, policy.hashing);
  if (!hash.ok()) return hash.error();
  Status s = store.InTransaction([&]() -> Status {
    // Counted again inside the transaction: two first starts create one administrator.
    auto again = accounts.CountUsers();
    if (!again.ok()) return again.error();
    if (*again > 0) return Error(ErrorCode::kConflict, "users exist already");
    UserRecord admin;
    admin.login = "admin";
    admin.display_name = "Quản trị hệ thống";
    admin.password_hash = *hash;
    admin.created_at = UtcText(clock.NowMs());
    admin.password_changed_at = admin.created_at;
    auto id = accounts.AddUser(admin);
    if (!id.ok()) return id.error();
    const access::Grant global{access::Role::kAdministrator, "", ""};
    if (auto granted = accounts.AddGrant({0, *id, global, admin.created_at}); !granted.ok()) {
      return granted.error();
    }
    auto audited =
        AppendAudit(store, clock, "system",
                    {"user.ensure_administrator", "",
                     ChangeText({{"login", admin.login}, {"grant", GrantText(global)}})});
    if (!audited.ok()) return audited.error();
    return {};
  });
  if (!s) {
    if (s.error().code == ErrorCode::kConflict) return std::optional<std::string>();
    return s.error();
  }
  return std::optional<std::string>(std::move(password));
}

}  // namespace daihoi::app
