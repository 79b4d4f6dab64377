// `daihoi communication add --org CODE --kind news|essay|bulletin|event --on DATE --title T
// [--link URL] [--copies N]`: one communication item of a unit.
#include <iostream>

#include "cli/exit_code.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommunicationAdd(const Context& ctx, const PartyOptions& options) {
  auto kind = building::ParseCommunicationKind(options.kind);
  if (!kind) return Fail(InvalidInput("--kind: news, essay, bulletin hoặc event", "--kind"));
  auto on = DateOption(options.on, "--on");
  if (!on) return Fail(on.error());
  if (!*on) return Fail(InvalidInput("cần --on DATE", "--on"));
  building::CommunicationItem item;
  item.org_code = options.org;
  item.kind = *kind;
  item.on = **on;
  item.title = options.title;
  item.link = options.link;
  item.copies = options.copies;
  item.note = options.note;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto report = app::AddCommunicationItems(**store, CommandLineActor(), {item}, false);
  if (!report) return Fail(report.error());
  if (int rc = ReportBatch("", {}, *report, "tin, bài"); rc != 0) return rc;
  std::cout << "Đã ghi: " << building::Label(item.kind) << " \"" << item.title << "\", "
            << item.org_code << ", ngày " << item.on.ToVietnamese() << "\n";
  return 0;
}

}  // namespace daihoi::cli
