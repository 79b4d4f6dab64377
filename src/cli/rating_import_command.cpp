// `daihoi rating import FILE [--dry-run]`: quality ratings from CSV or XLSX, every row checked
// before any is written; each problem printed with its file, row and column (exit 2).
#include <iostream>

#include "cli/exit_code.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "report/table_io.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

const std::vector<TableColumn>& RatingColumns() {
  static const std::vector<TableColumn> columns = {
      {"year", {"Năm", "Năm xếp loại"}, true},
      {"kind", {"Đối tượng", "Loại"}, false},
      {"org_code", {"Mã tổ chức", "Mã đơn vị", "Mã tổ chức đảng"}, true},
      {"member_id", {"Mã đảng viên", "Số thẻ đảng viên"}, false},
      {"full_name", {"Họ và tên", "Họ tên"}, false},
      {"grade", {"Xếp loại", "Mức xếp loại", "Kết quả xếp loại"}, true},
  };
  return columns;
}

}  // namespace

int RunRatingImport(const Context& ctx, const PartyOptions& options) {
  auto bytes = ReadInput(options.file);
  if (!bytes) return Fail(bytes.error());
  auto table = report::ReadTable(options.file, *bytes);
  if (!table) return Fail(table.error());
  std::vector<TableProblem> problems;
  ColumnTable rows(*table, RatingColumns(), problems);
  if (!problems.empty()) return ReportTableProblems(options.file, problems);
  std::vector<building::Rating> ratings;
  std::vector<long> lines;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows.Blank(i)) continue;
    building::Rating rating;
    const std::string year = rows.Cell(i, "year");
    try {
      size_t used = 0;
      rating.year = std::stoi(year, &used);
      if (used != year.size()) rating.year = 0;
    } catch (const std::exception&) {
      rating.year = 0;  // reported by the use case as a bad year
    }
    rating.org_code = rows.Cell(i, "org_code");
    rating.member_id = rows.Cell(i, "member_id");
    rating.full_name = rows.Cell(i, "full_name");
    rating.grade = rows.Cell(i, "grade");
    const std::string kind = rows.Cell(i, "kind");
    if (kind.empty()) {
      rating.kind = rating.member_id.empty() ? building::RatedKind::kOrganization
                                             : building::RatedKind::kMember;
    } else if (auto parsed = building::ParseRatedKind(kind)) {
      rating.kind = *parsed;
    } else {
      problems.push_back({rows.Line(i), "kind",
                          "đối tượng không hợp lệ '" + kind +
                              "': tổ chức đảng (organization) hoặc đảng viên (member)"});
      continue;
    }
    ratings.push_back(std::move(rating));
    lines.push_back(rows.Line(i));
  }
  if (!problems.empty()) return ReportTableProblems(options.file, problems);
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto report = app::RecordRatings(**store, CommandLineActor(), ratings, options.dry_run);
  if (!report) return Fail(report.error());
  if (int rc = ReportBatch(options.file, lines, *report, "xếp loại"); rc != 0) return rc;
  if (!report->written) {
    std::cout << "Kiểm tra xong " << report->items << " dòng, không có lỗi (dry run: chưa ghi)\n";
    return 0;
  }
  std::cout << "Đã nhập " << report->items << " xếp loại (" << report->inserted << " mới)\n";
  return 0;
}

}  // namespace daihoi::cli
