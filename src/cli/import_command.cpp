// daihoi import orgs|members|congresses FILE (CONTRACTS.md "Data").

#include <unistd.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "app/columns.h"
#include "app/import.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "report/table_io.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

// Files at least this large get a progress bar (when stderr is a terminal).
constexpr size_t kProgressRows = 5000;

const char* Noun(app::ImportKind kind) {
  switch (kind) {
    case app::ImportKind::kOrgs:
      return "tổ chức";
    case app::ImportKind::kMembers:
      return "đảng viên";
    case app::ImportKind::kCongresses:
      return "đại hội";
  }
  return "";
}

void DrawProgress(int64_t done, int64_t total) {
  constexpr int kWidth = 40;
  int64_t percent = total > 0 ? done * 100 / total : 100;
  int filled = static_cast<int>(percent * kWidth / 100);
  std::cerr << "\r[" << std::string(static_cast<size_t>(filled), '#')
            << std::string(static_cast<size_t>(kWidth - filled), ' ') << "] " << percent << "%"
            << std::flush;
  if (done >= total) std::cerr << "\n";
}

}  // namespace

int RunImport(const Context& ctx, const std::string& what, const std::string& path) {
  auto kind = app::ParseImportKind(what);
  if (!kind) return Fail(InvalidInput("unknown import kind '" + what + "'", "what"));
  auto bytes = ReadInput(path);
  if (!bytes) return Fail(bytes.error());
  auto table = report::ReadTable(path, *bytes);
  if (!table) return Fail(table.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());

  app::ImportOptions options;
  if (table->rows.size() >= kProgressRows && ::isatty(STDERR_FILENO)) {
    options.progress = DrawProgress;
  }
  auto report = app::ImportTable(**store, CommandLineActor(), *kind, *table, options);
  if (!report) {
    Error e = report.error();
    if (e.file.empty()) e.file = path;
    return Fail(e);
  }
  if (!report->errors.empty()) {
    for (const app::RowError& e : report->errors) {
      std::cerr << path;
      if (e.row > 0) std::cerr << ", row " << e.row;
      if (!e.column.empty()) std::cerr << ", column " << e.column;
      std::cerr << ": " << e.message << "\n";
    }
    std::cerr << "daihoi: không nhập gì cả (nothing imported): " << report->errors.size()
              << " lỗi (errors)\n";
    return 2;
  }
  if (ctx.json) {
    nlohmann::json out = {{"kind", app::ToString(*kind)}, {"file", path},
                          {"rows", report->rows},         {"inserted", report->inserted},
                          {"updated", report->updated},   {"written", report->written}};
    std::cout << out.dump() << "\n";
  } else {
    std::cout << "Đã nhập " << report->inserted + report->updated << " " << Noun(*kind) << " ("
              << report->inserted << " mới, " << report->updated << " cập nhật)\n";
  }
  return 0;
}

}  // namespace daihoi::cli
