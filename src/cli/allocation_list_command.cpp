// `daihoi allocation list --org CODE`: the saved allocations of a convening organization,
// newest first.
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/allocation.h"
#include "cli/allocation_common.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/allocation_json.h"
#include "report/allocation_report.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunAllocationList(const Context& ctx, const std::string& org_code) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto organization = FindConvening(**store, org_code);
  if (!organization) return Fail(organization.error());
  auto list = app::ListAllocations(**store, CommandLineActor(), org_code);
  if (!list) return Fail(AsOptionError(list.error()));
  if (ctx.json) {  // the HTTP API's list
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& record : *list) items.push_back(json::AllocationSummaryToJson(record));
    nlohmann::ordered_json body;
    body["items"] = std::move(items);
    body["total"] = list->size();
    std::cout << body.dump(2) << "\n";
    return 0;
  }
  if (list->empty()) {
    std::cout << organization->name << ": chưa có bảng phân bổ đại biểu nào được lưu.\n";
    return 0;
  }
  TextTable table;
  table.header = {"Số",        "Nhiệm kỳ",         "Phương pháp", "Số đại biểu",
                  "Tối thiểu", "Số liệu đến ngày", "Số đơn vị",   "Lưu lúc"};
  table.right = {true, false, false, true, true, false, true, false};
  for (const auto& record : *list) {
    table.rows.push_back({std::to_string(record.id), record.term, report::MethodName(record.method),
                          std::to_string(record.seats), std::to_string(record.minimum),
                          record.as_of.ToVietnamese(), std::to_string(record.units.size()),
                          record.created_at});
  }
  std::cout << "Các bảng phân bổ đại biểu đã lưu: " << organization->name << "\n\n"
            << table.Render();
  return 0;
}

}  // namespace daihoi::cli
