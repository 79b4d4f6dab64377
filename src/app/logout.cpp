// Use case: end a session (accounts.h).
#include "app/accounts_common.h"
#include "app/digest.h"

namespace daihoi::app {

Status Logout(Store& store, const Clock& clock, const std::string& token) {
  if (token.empty()) return {};
  auto revoked = AccountsOf(store).RevokeSession(Sha256Hex(token), clock.NowSeconds());
  if (!revoked.ok()) return revoked.error();
  return {};
}

}  // namespace daihoi::app
