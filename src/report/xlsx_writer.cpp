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

// A temporary file for a workbook (libxlsxwriter writes files, the format needs a seekable zip),
// removed however the caller returns.
class TemporaryXlsx {
 public:
  TemporaryXlsx() {
    std::error_code error;
    std::filesystem::path dir = std::filesystem::temp_directory_path(error);
    if (error) dir = "/tmp";
    path_ = (dir / "daihoi-XXXXXX.xlsx").string();
    const int fd = mkstemps(path_.data(), 5);
    if (fd < 0) {
      path_.clear();
      return;
    }
    close(fd);
  }
  ~TemporaryXlsx() {
    if (path_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TemporaryXlsx(const TemporaryXlsx&) = delete;
  TemporaryXlsx& operator=(const TemporaryXlsx&) = delete;

  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }

  Result<std::string> Bytes() const {
    std::ifstream in(path_, std::ios::binary);
    if (!in) return StorageError("XLSX: cannot read back " + path_);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

 private:
  std::string path_;
};

// What XlsxBytes and XlsxSheetsBytes return when no temporary file can be made.
Error NoTemporaryFile() {
  return StorageError("XLSX: không tạo được tệp tạm (cannot create a temporary file)");
}

// The sheets of XlsxSheetsBytes; numbers typed as numbers, long texts wrapped.
Status WriteSheets(lxw_workbook* workbook, const std::vector<XlsxSheet>& sheets) {
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_bg_color(header, 0xDDEBF7);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_text_wrap(header);
  lxw_format* wrap = workbook_add_format(workbook);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  for (const XlsxSheet& sheet : sheets) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.c_str());
    if (!worksheet) return StorageError("XLSX: cannot add sheet " + sheet.name);
    worksheet_freeze_panes(worksheet, 1, 0);
    const std::vector<XlsxSheet::Column>& columns = sheet.columns;
    for (size_t c = 0; c < columns.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const bool wrapped = columns[c].kind == 'w';
      if (Status s = Check(
              worksheet_set_column(worksheet, col, col, columns[c].width, wrapped ? wrap : nullptr),
              "set_column");
          !s) {
        return s;
      }
      if (Status s = Check(
              worksheet_write_string(worksheet, 0, col, columns[c].name.c_str(), header), "header");
          !s) {
        return s;
      }
    }
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      for (size_t c = 0; c < sheet.rows[r].size() && c < columns.size(); ++c) {
        const std::string& cell = sheet.rows[r][c];
        if (cell.empty()) continue;
        const auto col = static_cast<lxw_col_t>(c);
        const bool number = columns[c].kind == 'n' && cell.size() < 16 &&
                            cell.find_first_not_of("0123456789") == std::string::npos;
        lxw_error error =
            number ? worksheet_write_number(worksheet, row, col, std::stod(cell), nullptr)
                   : worksheet_write_string(worksheet, row, col, cell.c_str(),
                                            columns[c].kind == 'w' ? wrap : nullptr);
        if (Status s = Check(error, "write"); !s) return s;
      }
    }
  }
  return {};
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
  TemporaryXlsx file;
  if (!file.ok()) return NoTemporaryFile();
  auto writer = XlsxWriter::Open(file.path(), sheet_name, columns);
  if (!writer.ok()) return writer.error();
  for (const auto& row : rows) {
    if (Status s = (*writer)->Row(row); !s) return s.error();
  }
  if (Status s = (*writer)->Close(); !s) return s.error();
  return file.Bytes();
}

Result<std::string> XlsxSheetsBytes(const std::vector<XlsxSheet>& sheets) {
  TemporaryXlsx file;
  if (!file.ok()) return NoTemporaryFile();
  lxw_workbook* workbook = workbook_new(file.path().c_str());
  if (!workbook) return StorageError("XLSX: cannot create " + file.path());
  const Status written = WriteSheets(workbook, sheets);
  const lxw_error closed = workbook_close(workbook);
  if (!written) return written.error();
  if (Status s = Check(closed, "close"); !s) return s.error();
  return file.Bytes();
}

}  // namespace daihoi::report
