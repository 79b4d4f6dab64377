#include "report/progress_xlsx.h"

#include "app/columns.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

const std::vector<app::Column>& ProgressColumns() {
  using app::ColumnType;
  static const std::vector<app::Column> columns = {
      {"org_code", "Mã tổ chức", ColumnType::kText, true, {}},
      {"name", "Tên tổ chức", ColumnType::kText, true, {}},
      {"level", "Cấp", ColumnType::kText, true, {}},
      {"total", "Tổng số", ColumnType::kInteger, true, {}},
      {"held", "Đã tổ chức", ColumnType::kInteger, true, {}},
      {"scheduled", "Đã có lịch", ColumnType::kInteger, true, {}},
      {"unscheduled", "Chưa có lịch", ColumnType::kInteger, true, {}},
      {"overdue", "Quá hạn", ColumnType::kInteger, true, {}},
      {"planned_end", "Dự kiến kết thúc", ColumnType::kDate, false, {}},
      {"note", "Ghi chú", ColumnType::kText, false, {}},
  };
  return columns;
}

std::string LevelName(const std::string& code, const std::vector<org::Level>& levels) {
  for (const org::Level& level : levels) {
    if (level.code == code) return level.name;
  }
  return code;
}

void AddLevelRows(std::vector<std::vector<std::string>>& out, const std::string& code,
                  const std::string& name, const std::vector<planning::LevelProgress>& rows,
                  const std::vector<org::Level>& levels) {
  for (const auto& row : rows) {
    out.push_back({code, name, LevelName(row.level, levels), std::to_string(row.total),
                   std::to_string(row.held), std::to_string(row.scheduled),
                   std::to_string(row.unscheduled), std::to_string(row.overdue), "", ""});
  }
}

}  // namespace

Result<std::string> ProgressXlsx(const planning::Progress& progress, const std::string& root_name,
                                 const std::vector<org::Level>& levels) {
  std::vector<std::vector<std::string>> rows;
  AddLevelRows(rows, progress.root, root_name, progress.levels, levels);
  for (const auto& child : progress.children) {
    AddLevelRows(rows, child.code, child.name, child.levels, levels);
  }
  // The overdue congresses last, one per row with its planned end and no figures.
  for (const auto& c : progress.overdue) {
    rows.push_back({c.code, c.name, LevelName(c.level, levels), "", "", "", "", "",
                    c.planned_end.ToIso(), "Quá hạn: chưa tổ chức, đã qua ngày kết thúc dự kiến"});
  }
  return XlsxBytes("Tiến độ " + progress.as_of.ToIso(), ProgressColumns(), rows);
}

}  // namespace daihoi::report
