// `daihoi user list [--json]`: every user and its grants.
#include <iostream>

#include "app/accounts_common.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/account_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunUserList(const Context& ctx) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto users = app::ListUsers(**store, CommandLineActor());
  if (!users) return Fail(users.error());
  if (ctx.json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const app::UserView& user : *users) out.push_back(json::UserViewToJson(user));
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  if (users->empty()) std::cout << "Chưa có người dùng nào (no users)\n";
  for (const app::UserView& user : *users) {
    std::cout << user.login << "\t" << user.display_name << "\t";
    if (user.grants.empty()) std::cout << "(chưa có quyền)";
    for (size_t i = 0; i < user.grants.size(); ++i) {
      std::cout << (i ? ", " : "") << app::GrantText(user.grants[i].grant);
    }
    std::cout << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
