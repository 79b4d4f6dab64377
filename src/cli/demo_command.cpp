// daihoi demo [--scale seed|national]: loads the demo data sets of app/demo.h.

#include <unistd.h>

#include <iostream>

#include "app/demo.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunDemo(const Context& ctx, const std::string& scale, bool with_members) {
  if (scale != "seed" && scale != "national") {
    return Fail(InvalidInput("unknown scale '" + scale + "': seed, national", "--scale"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  if (with_members && scale != "national") {
    return Fail(InvalidInput("--members applies to --scale national only", "--members"));
  }
  if (scale == "seed") {
    auto report = app::LoadDemo(**store, app::SeedDemo());
    if (!report) return Fail(report.error());
    std::cout << "Đã nạp dữ liệu mẫu: " << report->orgs << " tổ chức, " << report->members
              << " đảng viên, " << report->congresses << " đại hội\n"
              << "Mã tổ chức: HANOI, BADINH, DANANG, CAMLE, KHUETRUNG, HAIBATRUNG\n";
    return 0;
  }
  app::NationalOptions options;
  options.member_registry = with_members;
  const bool bar = ::isatty(STDERR_FILENO);
  auto report = app::LoadNationalDemo(**store, options, [&](int64_t done, int64_t total) {
    if (!bar) return;
    constexpr int kWidth = 40;
    int64_t percent = total > 0 ? done * 100 / total : 100;
    int filled = static_cast<int>(percent * kWidth / 100);
    std::cerr << "\r[" << std::string(static_cast<size_t>(filled), '#')
              << std::string(static_cast<size_t>(kWidth - filled), ' ') << "] " << done << "/"
              << total << std::flush;
    if (done >= total) std::cerr << "\n";
  });
  if (!report) return Fail(report.error());
  std::cout << "Đã nạp dữ liệu toàn quốc (tổng hợp): " << report->orgs << " tổ chức, "
            << options.members << " đảng viên"
            << (with_members ? " (có danh sách đảng viên)" : " (số liệu theo đơn vị)") << ", "
            << report->congresses
            << " đại hội\n";
  return 0;
}

}  // namespace daihoi::cli
