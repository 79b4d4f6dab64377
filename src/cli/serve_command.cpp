// daihoi serve: the REST API and the web app (src/http).
#include <filesystem>
#include <iostream>
#include <memory>
#include <utility>

#include "app/accounts.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "http/server.h"
#include "http/static_files.h"
#include "http/store_pool.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunServe(const Context& ctx, int port, const std::string& bind, const std::string& web_root,
             const ServeTls& tls) {
  std::error_code ignored;
  if (!web_root.empty() && !std::filesystem::is_directory(web_root, ignored)) {
    return Fail(InvalidInput("không có thư mục '" + web_root + "' (no such directory)", "--web"));
  }
  if (tls.cert.empty() != tls.key.empty()) {
    return Fail(InvalidInput("cần cả --cert và --key (HTTPS needs both)",
                             tls.cert.empty() ? "--cert" : "--key"));
  }
  for (const std::string* file : {&tls.cert, &tls.key}) {
    if (!file->empty() && !std::filesystem::is_regular_file(*file, ignored)) {
      return Fail(InvalidInput("không có tệp '" + *file + "' (no such file)",
                               file == &tls.cert ? "--cert" : "--key"));
    }
  }
  // Opened once up front: a bad --db fails here, and the schema is migrated before any request.
  auto first = storage::OpenStore(ctx.db_url);
  if (!first.ok()) return Fail(first.error());
  // The first start of an empty user table: an administrator whose password is shown this once.
  auto admin = app::EnsureAdministrator(**first, app::SystemClock());
  if (!admin.ok()) return Fail(admin.error());
  if (admin->has_value()) {
    std::cout << "daihoi: đã tạo tài khoản quản trị 'admin', mật khẩu dùng một lần (first "
                 "administrator, one-time password — shown only now): "
              << **admin << "\n";
  }
  http::StorePool pool([url = ctx.db_url] { return storage::OpenStore(url); },
                       std::move(first).value());

  http::ServerOptions options;
  options.bind = bind;
  options.port = port;
  options.web_root = http::ChooseWebRoot(web_root);
  options.cert_file = tls.cert;
  options.key_file = tls.key;
  options.trust_proxy = tls.trust_proxy;
  http::Server server(pool, options);

  auto status = http::ServeUntilSignal(server, [&](int bound_port) {
    std::cout << "daihoi: " << (tls.cert.empty() ? "http" : "https") << "://" << bind << ":"
              << bound_port << "/\n";
    if (options.web_root.empty()) {
      std::cout << "daihoi: chưa có ứng dụng web (web app not built: make web); API at /api/v1\n";
    } else {
      std::cout << "daihoi: web " << options.web_root.string() << "\n";
    }
    std::cout << "daihoi: Ctrl+C để dừng (to stop)" << std::endl;
  });
  if (!status.ok()) return Fail(status.error());
  std::cout << "daihoi: đã dừng (stopped)" << std::endl;
  return 0;
}

}  // namespace daihoi::cli
