// `daihoi allocation show ID [--xlsx FILE] [--pdf FILE]`: a saved allocation exactly as
// computed, or written as the XLSX table or the printed Party document.
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/allocation.h"
#include "app/registry.h"
#include "cli/allocation_common.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/letterhead.h"
#include "cli/user_common.h"
#include "report/allocation_report.h"
#include "report/pdf/party_document.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

// Whole or not at all: written beside the target, then renamed over it.
Status WriteFile(const std::string& path, const std::string& option, const std::string& bytes) {
  const std::string partial = path + ".partial";
  bool ok = false;
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (out) out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    ok = static_cast<bool>(out);
  }
  std::error_code error;
  if (ok) std::filesystem::rename(partial, path, error);
  if (!ok || error) {
    std::filesystem::remove(partial, error);
    Error failure = InvalidInput("không ghi được tệp (cannot write the file)", option);
    failure.file = path;
    return failure;
  }
  return {};
}

}  // namespace

int RunAllocationShow(const Context& ctx, const std::string& id_text, const std::string& xlsx_path,
                      const std::string& pdf_path) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (id_text.empty() || ec != std::errc() || end != id_text.data() + id_text.size() || id <= 0) {
    return Fail(InvalidInput("số bảng phân bổ không hợp lệ '" + id_text + "'", "ID"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::ShowAllocation(**store, CommandLineActor(), id);
  if (!view) return Fail(AsOptionError(view.error()));
  auto organization = FindConvening(**store, view->record.org_code);
  if (!organization) return Fail(organization.error());
  if (xlsx_path.empty() && pdf_path.empty()) {
    PrintAllocation(ctx, *view, organization->name);
    return 0;
  }
  if (!xlsx_path.empty()) {
    auto bytes = report::AllocationXlsx(*view, organization->name);
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteFile(xlsx_path, "--xlsx", *bytes); !s) return Fail(s.error());
    std::cout << "Đã ghi " << xlsx_path << "\n";
  }
  if (!pdf_path.empty()) {
    auto superior = app::SuperiorName(**store, *organization);
    if (!superior) return Fail(superior.error());
    auto place = PlaceFor(**store, std::nullopt, organization->code);
    if (!place) return Fail(place.error());
    auto bytes =
        report::pdf::Render(report::AllocationDocument(*view, *organization, *superior, *place));
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteFile(pdf_path, "--pdf", *bytes); !s) return Fail(s.error());
    std::cout << "Đã ghi " << pdf_path << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
