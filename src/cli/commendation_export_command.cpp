// `daihoi commendation export --congress CODE --term T [--xlsx FILE] [--pdf FILE] [--place P]`:
// the list as an XLSX table (importable again) and/or the printed Party document.
#include <fstream>
#include <iostream>

#include "app/registry.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/letterhead.h"
#include "cli/user_common.h"
#include "report/commendation_report.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

Status WriteFile(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout << bytes;
    return {};
  }
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) {
    Error error = StorageError("không ghi được tệp (cannot write file)");
    error.file = path;
    return error;
  }
  return {};
}

}  // namespace

int RunCommendationExport(const Context& ctx, const GroupOptions& options) {
  if (options.xlsx.empty() && options.pdf.empty()) {
    return Fail(InvalidInput("cần --xlsx FILE hoặc --pdf FILE", "--xlsx"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto records = app::ListCommendations(**store, CommandLineActor(), congress);
  if (!records) return Fail(GroupOptionError(records.error()));
  if (!options.xlsx.empty()) {
    auto bytes = report::CommendationsXlsx(*records);
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteFile(options.xlsx, *bytes); !s) return Fail(s.error());
  }
  if (!options.pdf.empty()) {
    auto organization = (*store)->FindOrganization(congress.org_code);
    if (!organization) return Fail(organization.error());
    auto superior = app::SuperiorName(**store, **organization);
    if (!superior) return Fail(superior.error());
    auto place = PlaceFor(**store, options.place, congress.org_code);
    if (!place) return Fail(place.error());
    auto document = report::CommendationListDocument(
        *records, **organization, *superior, congress.term, *place,
        report::LatestDecision(*records).value_or(Today()));
    auto bytes = report::pdf::Render(document);
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteFile(options.pdf, *bytes); !s) return Fail(s.error());
  }
  if (options.xlsx != "-" && options.pdf != "-") {
    std::cerr << "Đã xuất " << records->size() << " khen thưởng\n";
  }
  (void)ctx;
  return 0;
}

}  // namespace daihoi::cli
