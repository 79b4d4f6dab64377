#include "report/progress_xlsx.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

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

Status LevelRows(XlsxWriter& writer, const std::string& code, const std::string& name,
                 const std::vector<planning::LevelProgress>& rows,
                 const std::vector<org::Level>& levels) {
  for (const auto& row : rows) {
    Status s = writer.Row({code, name, LevelName(row.level, levels), std::to_string(row.total),
                           std::to_string(row.held), std::to_string(row.scheduled),
                           std::to_string(row.unscheduled), std::to_string(row.overdue), "", ""});
    if (!s) return s;
  }
  return {};
}

// Removes the temporary file however the function returns.
struct RemoveOnExit {
  std::string path;
  ~RemoveOnExit() {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
};

}  // namespace

Result<std::string> ProgressXlsx(const planning::Progress& progress, const std::string& root_name,
                                 const std::vector<org::Level>& levels) {
  std::error_code error;
  std::filesystem::path dir = std::filesystem::temp_directory_path(error);
  if (error) dir = "/tmp";
  std::string path = (dir / "daihoi-progress-XXXXXX.xlsx").string();
  const int fd = mkstemps(path.data(), 5);
  if (fd < 0) return StorageError("XLSX: không tạo được tệp tạm (cannot create a temporary file)");
  close(fd);
  RemoveOnExit cleanup{path};

  auto writer = XlsxWriter::Open(path, "Tiến độ " + progress.as_of.ToIso(), ProgressColumns());
  if (!writer) return writer.error();
  if (Status s = LevelRows(**writer, progress.root, root_name, progress.levels, levels); !s) {
    return s.error();
  }
  for (const auto& child : progress.children) {
    if (Status s = LevelRows(**writer, child.code, child.name, child.levels, levels); !s) {
      return s.error();
    }
  }
  // The overdue congresses last, one per row with its planned end and no figures.
  for (const auto& c : progress.overdue) {
    Status s = (*writer)->Row({c.code, c.name, LevelName(c.level, levels), "", "", "", "", "",
                               c.planned_end.ToIso(),
                               "Quá hạn: chưa tổ chức, đã qua ngày kết thúc dự kiến"});
    if (!s) return s.error();
  }
  if (Status s = (*writer)->Close(); !s) return s.error();

  std::ifstream in(path, std::ios::binary);
  if (!in) return StorageError("XLSX: không đọc lại được tệp tạm (cannot read the temporary file)");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace daihoi::report
