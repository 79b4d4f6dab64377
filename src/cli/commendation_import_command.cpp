// `daihoi commendation import --congress CODE --term T FILE [--dry-run]`: a commendation list
// from CSV or XLSX, all or nothing; each problem printed with its file, row and column (exit 2).
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "report/table_io.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommendationImport(const Context& ctx, const GroupOptions& options) {
  auto bytes = ReadInput(options.file);
  if (!bytes) return Fail(bytes.error());
  auto table = report::ReadTable(options.file, *bytes);
  if (!table) return Fail(table.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto report =
      app::ImportCommendations(**store, CommandLineActor(), congress, *table, options.dry_run);
  if (!report) return Fail(GroupOptionError(report.error()));
  if (!report->errors.empty()) {
    for (const app::RowError& error : report->errors) {
      std::cerr << "daihoi: " << options.file << ", row " << error.row << ", column "
                << error.column << ": " << error.message << "\n";
    }
    std::cerr << "daihoi: " << report->errors.size()
              << " lỗi; không ghi khen thưởng nào (nothing imported)\n";
    return 2;
  }
  if (!report->written) {
    std::cout << "Kiểm tra xong " << report->rows << " dòng, không có lỗi (dry run: chưa ghi)\n";
    return 0;
  }
  if (!ctx.json) std::cout << "Đã nhập " << report->inserted << " khen thưởng\n\n";
  return PrintCommendations(ctx, **store, congress);
}

}  // namespace daihoi::cli
