// `daihoi inspection list [--org CODE]`: inspection rounds, newest first.
#include <iostream>

#include "app/inspections.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/inspection_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunInspectionList(const Context& ctx, const std::string& org_code) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto list = app::ListInspections(**store, CommandLineActor(), org_code);
  if (!list) return Fail(list.error());
  if (ctx.json) {
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const app::InspectionRecord& record : *list) {
      items.push_back(daihoi::json::InspectionToJson(record));
    }
    std::cout << items.dump(2) << "\n";
    return 0;
  }
  for (const app::InspectionRecord& record : *list) {
    std::cout << record.id << "  " << record.org_code << "  " << record.term << "  "
              << record.window_start.ToVietnamese() << " – " << record.window_end.ToVietnamese()
              << "  " << record.title << (record.assigned_at.empty() ? "  (chưa phân công)" : "")
              << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
