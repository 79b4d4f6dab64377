// `daihoi user add LOGIN --name NAME`: a new user; the password from standard input.
#include <iostream>

#include "app/ports/clock.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunUserAdd(const Context& ctx, const std::string& login, const std::string& display_name) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto password = ReadPassword("Mật khẩu của " + login + " (password): ", true);
  if (!password) return Fail(password.error());
  auto id = app::AddUser(**store, app::SystemClock(), CommandLineActor(),
                         {login, display_name, *password});
  if (!id) {
    Error error = id.error();
    if (error.field == "display_name") error.field = "--name";
    return Fail(error);
  }
  std::cout << "Đã tạo người dùng " << login << " (user added)\n";
  return 0;
}

}  // namespace daihoi::cli
