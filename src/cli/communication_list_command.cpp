// `daihoi communication list --root CODE [--from DATE] [--to DATE] [--kind K]`: the items of a
// subtree within a period.
#include <iostream>

#include "cli/exit_code.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "json/party_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommunicationList(const Context& ctx, const PartyOptions& options) {
  app::CommunicationQuery query;
  query.root = options.root;
  auto from = DateOption(options.from, "--from");
  if (!from) return Fail(from.error());
  auto to = DateOption(options.to, "--to");
  if (!to) return Fail(to.error());
  query.from = *from;
  query.to = *to;
  if (!options.kind.empty()) {
    query.kind = building::ParseCommunicationKind(options.kind);
    if (!query.kind) {
      return Fail(InvalidInput("--kind: news, essay, bulletin hoặc event", "--kind"));
    }
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto items = app::ListCommunication(**store, CommandLineActor(), query);
  if (!items) return Fail(items.error());
  if (ctx.json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const app::CommunicationRecord& r : *items)
      list.push_back(json::CommunicationItemToJson(r));
    std::cout << nlohmann::ordered_json{{"items", list}}.dump(2) << "\n";
    return 0;
  }
  for (const app::CommunicationRecord& r : *items) {
    std::cout << r.item.on.ToVietnamese() << "  " << building::Label(r.item.kind) << "  "
              << r.item.title << "  (" << r.org_name << ")";
    if (r.item.copies > 0) std::cout << "  " << r.item.copies << " bản";
    std::cout << "\n";
  }
  std::cout << items->size() << " mục\n";
  return 0;
}

}  // namespace daihoi::cli
