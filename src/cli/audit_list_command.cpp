// `daihoi audit list [--org CODE] [--actor LOGIN] [--from T] [--to T] [--limit N] [--json]`:
// the audit records, oldest first.
#include <iostream>

#include "app/audit.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/account_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunAuditList(const Context& ctx, const AuditListOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  app::AuditQuery query;
  query.org_code = options.org;
  query.actor = options.actor;
  query.from = options.from;
  query.to = options.to;
  query.limit = options.limit;
  auto page = app::ListAudit(**store, CommandLineActor(), query);
  if (!page) {
    Error error = page.error();
    if (error.field == "org" || error.field == "limit") error.field = "--" + error.field;
    return Fail(error);
  }
  if (ctx.json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["total"] = page->total;
    out["items"] = nlohmann::ordered_json::array();
    for (const app::AuditRecord& record : page->items) {
      out["items"].push_back(json::AuditRecordToJson(record));
    }
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  for (const app::AuditRecord& record : page->items) {
    std::cout << record.seq << "\t" << record.recorded_at << "\t" << record.actor << "\t"
              << record.use_case << "\t" << (record.org_code.empty() ? "-" : record.org_code)
              << "\t" << record.digest.substr(0, 16) << "\n";
  }
  std::cout << page->items.size() << "/" << page->total << " bản ghi (records)\n";
  return 0;
}

}  // namespace daihoi::cli
