// `daihoi user grant LOGIN --role ROLE [--org CODE] [--term TERM]`: a role over a subtree.
#include <iostream>

#include "app/accounts_common.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

Error WithOption(Error error) {
  if (error.field == "org" || error.field == "term") error.field = "--" + error.field;
  return error;
}

}  // namespace

int RunUserGrant(const Context& ctx, const GrantOptions& options) {
  auto grant = GrantFromOptions(options);
  if (!grant) return Fail(grant.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  Status s = app::GrantRole(**store, app::SystemClock(), CommandLineActor(), options.login, *grant);
  if (!s) return Fail(WithOption(s.error()));
  std::cout << "Đã cấp quyền " << app::GrantText(*grant) << " cho " << options.login
            << " (granted)\n";
  return 0;
}

int RunUserRevoke(const Context& ctx, const GrantOptions& options) {
  auto grant = GrantFromOptions(options);
  if (!grant) return Fail(grant.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  Status s =
      app::RevokeRole(**store, app::SystemClock(), CommandLineActor(), options.login, *grant);
  if (!s) return Fail(WithOption(s.error()));
  std::cout << "Đã thu hồi quyền " << app::GrantText(*grant) << " của " << options.login
            << " (revoked)\n";
  return 0;
}

}  // namespace daihoi::cli
