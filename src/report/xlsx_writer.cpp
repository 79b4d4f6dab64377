#include <unistd.h>
#include <xlsxwriter.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "common/date.h"
#include "report/table_io.h"

namespace daihoi::report {
namespace {

// Excel's last row index (zero-based) is 1,048,575.
constexpr lxw_row_t kMaxRow = 1048575;

double Width(const app::Column& column) {
  if (column.name == "name" || column.name == "full_name") return 48;
  switch (column.type) {
    case app::ColumnType::kDate:
      return 14;
    case app::ColumnType::kInteger:
    case app::ColumnType::kBoolean:
      return std::max<double>(10, static_cast<double>(column.vietnamese.size()) * 0.8);
    case app::ColumnType::kText:
      break;
  }
  return std::max<double>(16, static_cast<double>(column.vietnamese.size()) * 0.8 + 2);
}

Status Check(lxw_error error, const char* what) {
  if (error == LXW_NO_ERROR) return {};
  return StorageError(std::string("XLSX: ") + what + ": " + lxw_strerror(error));
}

}  // namespace

struct XlsxWriter::Impl {
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_format* date_format = nullptr;
  std::vector<app::Column> columns;
  lxw_row_t next_row = 1;
  std::string path;
};

XlsxWriter::XlsxWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

XlsxWriter::~XlsxWriter() {
  if (impl_ && impl_->workbook) workbook_close(impl_->workbook);
}

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::Open(const std::string& path,
                                                     const std::string& sheet_name,
                                                     const std::vector<app::Column>& columns) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->columns = columns;
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  impl->workbook = workbook_new_opt(path.c_str(), &options);
  if (!impl->workbook) return StorageError("XLSX: cannot create " + path);
  impl->sheet = workbook_add_worksheet(impl->workbook, sheet_name.c_str());
  if (!impl->sheet) return StorageError("XLSX: cannot add sheet " + sheet_name);
  lxw_format* bold = workbook_add_format(impl->workbook);
  format_set_bold(bold);
  format_set_bg_color(bold, 0xDDEBF7);
  format_set_border(bold, LXW_BORDER_THIN);
  impl->date_format = workbook_add_format(impl->workbook);
  format_set_num_format(impl->date_format, "dd/mm/yyyy");
  worksheet_freeze_panes(impl->sheet, 1, 0);
  for (size_t c = 0; c < columns.size(); ++c) {
    auto col = static_cast<lxw_col_t>(c);
    if (Status s = Check(worksheet_set_column(impl->sheet, col, col, Width(columns[c]), nullptr),
                         "set_column");
        !s) {
      return s.error();
    }
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    std::string header(columns[c].vietnamese);
    if (Status s = Check(
            worksheet_write_string(impl->sheet, 0, static_cast<lxw_col_t>(c), header.c_str(), bold),
            "header");
        !s) {
      return s.error();
    }
  }
  return std::unique_ptr<XlsxWriter>(new XlsxWriter(std::move(impl)));
}

Status XlsxWriter::Row(const std::vector<std::string>& cells) {
  Impl& w = *impl_;
  if (w.next_row > kMaxRow) {
    return InvalidInput(
        "XLSX chứa tối đa 1.048.575 dòng dữ liệu; hãy xuất CSV (XLSX holds at most 1,048,575 "
        "rows; export CSV instead)");
  }
  for (size_t c = 0; c < cells.size() && c < w.columns.size(); ++c) {
    const std::string& cell = cells[c];
    if (cell.empty()) continue;
    auto col = static_cast<lxw_col_t>(c);
    lxw_error error = LXW_NO_ERROR;
    switch (w.columns[c].type) {
      case app::ColumnType::kInteger: {
        long long value = 0;
        auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
        if (ec == std::errc() && ptr == cell.data() + cell.size()) {
          error =
              worksheet_write_number(w.sheet, w.next_row, col, static_cast<double>(value), nullptr);
        } else {
          error = worksheet_write_string(w.sheet, w.next_row, col, cell.c_str(), nullptr);
        }
        break;
      }
      case app::ColumnType::kDate: {
        if (auto d = Date::Parse(cell)) {
          lxw_datetime dt = {d->year(), d->month(), d->day(), 0, 0, 0};
          error = worksheet_write_datetime(w.sheet, w.next_row, col, &dt, w.date_format);
        } else {
          error = worksheet_write_string(w.sheet, w.next_row, col, cell.c_str(), nullptr);
        }
        break;
      }
      case app::ColumnType::kBoolean:
      case app::ColumnType::kText:
        error = worksheet_write_string(w.sheet, w.next_row, col, cell.c_str(), nullptr);
        break;
    }
    if (Status s = Check(error, "write"); !s) return s;
  }
  ++w.next_row;
  return {};
}

Status XlsxWriter::Close() {
  lxw_error error = workbook_close(impl_->workbook);
  impl_->workbook = nullptr;
  return Check(error, "close");
}

Result<std::string> XlsxBytes(const std::string& sheet_name,
                              const std::vector<app::Column>& columns,
                              const std::vector<std::vector<std::string>>& rows) {
  std::error_code error;
  std::filesystem::path dir = std::filesystem::temp_directory_path(error);
  if (error) dir = "/tmp";
  std::string path = (dir / "daihoi-XXXXXX.xlsx").string();
  const int fd = mkstemps(path.data(), 5);
  if (fd < 0) return StorageError("XLSX: không tạo được tệp tạm (cannot create a temporary file)");
  close(fd);
  struct RemoveOnExit {
    std::string path;
    ~RemoveOnExit() {
      std::error_code ignored;
      std::filesystem::remove(path, ignored);
    }
  } cleanup{path};

  auto writer = XlsxWriter::Open(path, sheet_name, columns);
  if (!writer.ok()) return writer.error();
  for (const auto& row : rows) {
    if (Status s = (*writer)->Row(row); !s) return s.error();
  }
  if (Status s = (*writer)->Close(); !s) return s.error();
  std::ifstream in(path, std::ios::binary);
  if (!in) return StorageError("XLSX: cannot read back " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace daihoi::report
