// `daihoi admission progress --root CODE [--term T] [--xlsx F] [--pdf F]`: admissions against
// the targets of the subtree, per unit and year, and the report files.
#include <iostream>

#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "json/party_json.h"
#include "report/labels.h"
#include "report/party_building_report.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunAdmissionProgress(const Context& ctx, const PartyOptions& options) {
  auto date = DateOption(options.date, "--date");
  if (!date) return Fail(date.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::ShowAdmissions(**store, CommandLineActor(), options.root, options.term);
  if (!view) return Fail(view.error());
  if (!options.xlsx.empty()) {
    auto bytes = report::AdmissionsXlsx(*view);
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteOutput(options.xlsx, *bytes); !s) return Fail(s.error());
  }
  if (!options.pdf.empty()) {
    auto issuer = IssuerOf(**store, options.root, options.place, date->value_or(Today()));
    if (!issuer) return Fail(issuer.error());
    if (Status s = WritePdf(options.pdf, report::AdmissionsDocument(*view, *issuer)); !s) {
      return Fail(s.error());
    }
  }
  if (options.xlsx == "-" || options.pdf == "-") return 0;
  if (ctx.json) {
    std::cout << json::AdmissionsToJson(*view).dump(2) << "\n";
    return 0;
  }
  if (view->targets.empty()) std::cout << "Chưa có chỉ tiêu kết nạp\n";
  for (const app::AdmissionRow& row : view->targets) {
    const building::AdmissionProgress& p = row.progress;
    std::cout << row.org_code << "  " << row.name << ", nhiệm kỳ " << p.target.term << ": kết nạp "
              << p.admitted << "/" << p.target.target << " (" << report::PercentVi(p.percent) << ")"
              << (p.reached ? " — vượt chỉ tiêu" : " — chưa đạt") << "\n";
  }
  for (const app::UnitAdmissions& unit : view->units) {
    std::cout << "  " << unit.org_code << "  " << unit.name << ": " << unit.admitted << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
