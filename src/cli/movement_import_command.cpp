// `daihoi movement import FILE [--dry-run]`: member movements from CSV or XLSX, every row
// checked before any is written; each problem printed with its file, row and column (exit 2).
#include <iostream>

#include "cli/exit_code.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "report/table_io.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

const std::vector<TableColumn>& MovementColumns() {
  static const std::vector<TableColumn> columns = {
      {"org_code", {"Mã tổ chức", "Mã đơn vị", "Mã chi bộ"}, true},
      {"kind", {"Loại", "Loại biến động", "Biến động"}, true},
      {"on", {"Ngày", "Ngày quyết định", "Ngày biến động"}, true},
      {"count", {"Số lượng", "Số đảng viên"}, false},
      {"member_id", {"Mã đảng viên", "Số thẻ đảng viên"}, false},
      {"full_name", {"Họ và tên", "Họ tên"}, false},
      {"note", {"Số quyết định", "Quyết định"}, false},
  };
  return columns;
}

}  // namespace

int RunMovementImport(const Context& ctx, const PartyOptions& options) {
  auto bytes = ReadInput(options.file);
  if (!bytes) return Fail(bytes.error());
  auto table = report::ReadTable(options.file, *bytes);
  if (!table) return Fail(table.error());
  std::vector<TableProblem> problems;
  ColumnTable rows(*table, MovementColumns(), problems);
  if (!problems.empty()) return ReportTableProblems(options.file, problems);
  std::vector<building::Movement> movements;
  std::vector<long> lines;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows.Blank(i)) continue;
    const long line = rows.Line(i);
    building::Movement m;
    m.org_code = rows.Cell(i, "org_code");
    const std::string kind = rows.Cell(i, "kind");
    const auto parsed = building::ParseMovementKind(kind);
    if (!parsed) {
      problems.push_back({line, "kind",
                          "loại biến động không hợp lệ '" + kind +
                              "': kết nạp, chuyển đến, chuyển đi, từ trần, xóa tên, khai trừ, "
                              "số đầu kỳ"});
    }
    const std::string on = rows.Cell(i, "on");
    const auto date = Date::Parse(on);
    if (!date) {
      problems.push_back(
          {line, "on", "ngày không hợp lệ '" + on + "' (YYYY-MM-DD hoặc DD/MM/YYYY)"});
    }
    const std::string count = rows.Cell(i, "count");
    if (!count.empty()) {
      try {
        size_t used = 0;
        m.count = std::stoll(count, &used);
        if (used != count.size()) throw std::invalid_argument(count);
      } catch (const std::exception&) {
        problems.push_back({line, "count", "số lượng không hợp lệ '" + count + "'"});
      }
    }
    if (!parsed || !date) continue;
    m.kind = *parsed;
    m.on = *date;
    m.member_id = rows.Cell(i, "member_id");
    m.full_name = rows.Cell(i, "full_name");
    m.note = rows.Cell(i, "note");
    movements.push_back(std::move(m));
    lines.push_back(line);
  }
  if (!problems.empty()) return ReportTableProblems(options.file, problems);
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto report = app::RecordMovements(**store, CommandLineActor(), movements, options.dry_run);
  if (!report) return Fail(report.error());
  if (int rc = ReportBatch(options.file, lines, *report, "biến động"); rc != 0) return rc;
  if (!report->written) {
    std::cout << "Kiểm tra xong " << report->items << " dòng, không có lỗi (dry run: chưa ghi)\n";
    return 0;
  }
  std::cout << "Đã nhập " << report->inserted << " biến động đảng viên\n";
  return 0;
}

}  // namespace daihoi::cli
