// `daihoi rating shares --root CODE [--year Y] [--cap 20] [--cap-base 2] [--xlsx F] [--pdf F]`:
// shares per grade per year, the top-grade cap's warnings, and the report files.
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

int RunRatingShares(const Context& ctx, const PartyOptions& options) {
  auto year = YearOption(options.year);
  if (!year) return Fail(year.error());
  auto date = DateOption(options.date, "--date");
  if (!date) return Fail(date.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::ShowRatingShares(**store, CommandLineActor(), options.root, *year,
                                    {options.cap, options.cap_base});
  if (!view) return Fail(view.error());
  if (!options.xlsx.empty()) {
    auto bytes = report::RatingSharesXlsx(*view);
    if (!bytes) return Fail(bytes.error());
    if (Status s = WriteOutput(options.xlsx, *bytes); !s) return Fail(s.error());
  }
  if (!options.pdf.empty()) {
    auto issuer = IssuerOf(**store, options.root, options.place, date->value_or(Today()));
    if (!issuer) return Fail(issuer.error());
    if (Status s = WritePdf(options.pdf, report::RatingSharesDocument(*view, *issuer)); !s) {
      return Fail(s.error());
    }
  }
  if (options.xlsx == "-" || options.pdf == "-") return 0;
  if (ctx.json) {
    std::cout << json::RatingSharesToJson(*view).dump(2) << "\n";
    return 0;
  }
  for (const building::GradeShares& shares : view->shares) {
    if (shares.rated == 0) continue;
    std::cout << shares.year << "  " << building::Label(shares.kind) << ": " << shares.rated
              << " được xếp loại\n";
    for (const building::GradeShare& share : shares.grades) {
      std::cout << "  " << share.grade.name << ": " << share.count << " ("
                << report::PercentVi(share.percent) << ")\n";
    }
    if (shares.cap.exceeded) std::cout << "  Cảnh báo: " << shares.cap.warning << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
