// `daihoi user passwd LOGIN`: sets a user's password (the new one from standard input); the
// command line acts as an administrator, so the old password is not asked. Ends its sessions.
#include <iostream>

#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunUserPasswd(const Context& ctx, const std::string& login) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto password = ReadPassword("Mật khẩu mới của " + login + " (new password): ", true);
  if (!password) return Fail(password.error());
  Status s = app::ChangePassword(**store, app::SystemClock(), CommandLineActor(), login,
                                 std::nullopt, *password);
  if (!s) {
    Error error = s.error();
    if (error.field == "new_password") error.field = "password";
    return Fail(error);
  }
  std::cout << "Đã đổi mật khẩu của " << login
            << "; các phiên đăng nhập đã kết thúc (password changed, sessions ended)\n";
  return 0;
}

}  // namespace daihoi::cli
