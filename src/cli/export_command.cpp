// daihoi export orgs|members|congresses --format csv|xlsx|json [--root CODE] > FILE
// Rows stream to stdout as the store yields them; XLSX is written to a temporary file (the
// format needs a seekable zip) and then copied to stdout.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/columns.h"
#include "app/export.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "report/table_io.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

const char* SheetName(app::ImportKind kind) {
  switch (kind) {
    case app::ImportKind::kOrgs:
      return "Tổ chức";
    case app::ImportKind::kMembers:
      return "Đảng viên";
    case app::ImportKind::kCongresses:
      return "Đại hội";
  }
  return "Sheet1";
}

// JSON values: numbers and booleans typed, empty cells null, the rest strings.
nlohmann::ordered_json JsonCell(const app::Column& column, const std::string& cell) {
  if (cell.empty()) return nullptr;
  if (column.type == app::ColumnType::kInteger) {
    try {
      return std::stoll(cell);
    } catch (const std::exception&) {
      return cell;
    }
  }
  if (column.type == app::ColumnType::kBoolean) return cell == "true";
  return cell;
}

// A temporary file removed when this goes out of scope.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/daihoi-export-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd >= 0) {
      ::close(fd);
      path_ = name.data();
    }
  }
  ~TempFile() {
    if (!path_.empty()) std::filesystem::remove(path_);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

Status ExportXlsx(app::Store& store, app::ImportKind kind, const std::string& root) {
  TempFile temp;
  if (temp.path().empty()) return StorageError("cannot create a temporary file for XLSX");
  auto writer = report::XlsxWriter::Open(temp.path(), SheetName(kind), app::Columns(kind));
  if (!writer) return writer.error();
  Status rows =
      app::ExportRows(store, CommandLineActor(), kind, root,
                      [&](const std::vector<std::string>& cells) { return (*writer)->Row(cells); });
  if (!rows) return rows;
  if (Status closed = (*writer)->Close(); !closed) return closed;
  std::ifstream in(temp.path(), std::ios::binary);
  std::cout << in.rdbuf();
  std::cout.flush();
  if (!std::cout) return StorageError("cannot write to standard output");
  return {};
}

}  // namespace

int RunExport(const Context& ctx, const std::string& what, const std::string& format,
              const std::string& root) {
  auto kind = app::ParseImportKind(what);
  if (!kind) return Fail(InvalidInput("unknown export kind '" + what + "'", "what"));
  if (format != "csv" && format != "xlsx" && format != "json") {
    return Fail(InvalidInput("unknown format '" + format + "': csv, xlsx, json", "--format"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  if (!root.empty()) {  // before any output, so an unknown root prints nothing on stdout
    auto found = (*store)->FindOrganization(root);
    if (!found) return Fail(found.error());
    if (!found->has_value()) {
      return Fail(
          InvalidInput("tổ chức không tồn tại (unknown organization) '" + root + "'", "--root"));
    }
  }
  const std::vector<app::Column>& columns = app::Columns(*kind);
  Status status;
  if (format == "xlsx") {
    status = ExportXlsx(**store, *kind, root);
  } else if (format == "csv") {
    std::vector<std::string> header;
    for (const app::Column& c : columns) header.emplace_back(c.name);
    std::cout << report::CsvRecord(header);
    status = app::ExportRows(
        **store, CommandLineActor(), *kind, root, [&](const std::vector<std::string>& cells) {
          std::cout << report::CsvRecord(cells);
          return std::cout ? Status() : Status(StorageError("cannot write to standard output"));
        });
  } else {
    bool first = true;
    std::cout << "[";
    status = app::ExportRows(
        **store, CommandLineActor(), *kind, root, [&](const std::vector<std::string>& cells) {
          nlohmann::ordered_json object = nlohmann::ordered_json::object();
          for (size_t c = 0; c < columns.size() && c < cells.size(); ++c) {
            object[std::string(columns[c].name)] = JsonCell(columns[c], cells[c]);
          }
          std::cout << (first ? "\n" : ",\n") << object.dump();
          first = false;
          return std::cout ? Status() : Status(StorageError("cannot write to standard output"));
        });
    std::cout << (first ? "]\n" : "\n]\n");
  }
  if (!status) return Fail(status.error());
  std::cout.flush();
  return 0;
}

}  // namespace daihoi::cli
