// `daihoi inspection report ID [--pdf F] [--xlsx F] [--ics F]`: the inspection report (Party
// document layout), the schedule as XLSX and as iCalendar. Each file is written whole or not at
// all.
#include <chrono>
#include <iostream>

#include "app/inspections.h"
#include "app/registry.h"
#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/letterhead.h"
#include "cli/user_common.h"
#include "report/inspection_report.h"
#include "report/pdf/party_document.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunInspectionReport(const Context& ctx, int64_t id, const std::string& pdf_path,
                        const std::string& xlsx_path, const std::string& ics_path) {
  if (pdf_path.empty() && xlsx_path.empty() && ics_path.empty()) {
    return Fail(InvalidInput("chọn ít nhất một tệp cần ghi (--pdf, --xlsx or --ics)", "--pdf"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::ShowInspection(**store, CommandLineActor(), id);
  if (!view) return Fail(view.error());
  if (!pdf_path.empty()) {
    std::string superior;
    auto organization = (*store)->FindOrganization(view->inspection.org_code);
    if (!organization) return Fail(organization.error());
    if (*organization) {
      auto name = app::SuperiorName(**store, **organization);
      if (!name) return Fail(name.error());
      superior = std::move(*name);
    }
    auto place = PlaceFor(**store, std::nullopt, view->inspection.org_code);
    if (!place) return Fail(place.error());
    auto bytes = report::pdf::Render(
        report::InspectionDocument(*view, superior, *place, view->inspection.window_end));
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteFileWhole(pdf_path, *bytes, "--pdf"); !s) return Fail(s.error());
    if (pdf_path != "-") std::cout << "Đã lập báo cáo kết quả kiểm tra: " << pdf_path << "\n";
  }
  if (!xlsx_path.empty()) {
    auto bytes = report::InspectionScheduleXlsx(*view);
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteFileWhole(xlsx_path, *bytes, "--xlsx"); !s) return Fail(s.error());
    if (xlsx_path != "-") std::cout << "Đã ghi lịch kiểm tra (XLSX): " << xlsx_path << "\n";
  }
  if (!ics_path.empty()) {
    const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    if (Status s = WriteFileWhole(ics_path, report::InspectionScheduleIcs(*view, now), "--ics");
        !s) {
      return Fail(s.error());
    }
    if (ics_path != "-") std::cout << "Đã ghi lịch kiểm tra (iCalendar): " << ics_path << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
