// `daihoi communication totals --root CODE [--from DATE] [--to DATE] [--xlsx F] [--pdf F]`:
// totals per kind for the subtree and each direct unit, and the report files.
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

int RunCommunicationTotals(const Context& ctx, const PartyOptions& options) {
  auto from = DateOption(options.from, "--from");
  if (!from) return Fail(from.error());
  auto to = DateOption(options.to, "--to");
  if (!to) return Fail(to.error());
  auto date = DateOption(options.date, "--date");
  if (!date) return Fail(date.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::Actor actor = CommandLineActor();
  auto view = app::ShowCommunicationTotals(**store, actor, options.root, *from, *to);
  if (!view) return Fail(view.error());
  if (!options.xlsx.empty() || !options.pdf.empty()) {
    auto items = app::ListCommunication(**store, actor, {options.root, *from, *to, std::nullopt});
    if (!items) return Fail(items.error());
    if (!options.xlsx.empty()) {
      auto bytes = report::CommunicationXlsx(*items);
      if (!bytes) return Fail(bytes.error());
      if (Status s = WriteOutput(options.xlsx, *bytes); !s) return Fail(s.error());
    }
    if (!options.pdf.empty()) {
      auto issuer = IssuerOf(**store, options.root, options.place, date->value_or(Today()));
      if (!issuer) return Fail(issuer.error());
      Status s = WritePdf(options.pdf, report::CommunicationDocument(*view, *items, *issuer));
      if (!s) return Fail(s.error());
    }
  }
  if (options.xlsx == "-" || options.pdf == "-") return 0;
  if (ctx.json) {
    std::cout << json::CommunicationViewToJson(*view).dump(2) << "\n";
    return 0;
  }
  std::cout << "Công tác tuyên truyền, " << view->root_name << "\n";
  for (const building::KindTotal& kind : view->totals.kinds) {
    std::cout << "  " << building::Label(kind.kind) << ": " << kind.items;
    if (kind.copies > 0) std::cout << " (" << report::ThousandsVi(kind.copies) << " bản)";
    std::cout << "\n";
  }
  std::cout << "  Tổng: " << view->totals.items << " mục\n";
  return 0;
}

}  // namespace daihoi::cli
