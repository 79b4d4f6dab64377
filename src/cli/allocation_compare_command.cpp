// `daihoi allocation compare --org CODE --seats N [--minimum N] [--as-of DATE]`: the four
// methods on the same inputs side by side (R-ALLOCATION), the units they disagree on marked.
#include <iostream>

#include "app/allocation.h"
#include "cli/allocation_common.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "json/allocation_json.h"
#include "report/allocation_report.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunAllocationCompare(const Context& ctx, const AllocationOptions& options) {
  auto request = ParseAllocationOptions(options);
  if (!request) return Fail(request.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto organization = FindConvening(**store, options.org_code);
  if (!organization) return Fail(organization.error());
  auto comparison = app::CompareAllocationMethods(**store, CommandLineActor(), *request);
  if (!comparison) return Fail(AsOptionError(comparison.error()));
  if (ctx.json) {
    std::cout << json::ComparisonToJson(*comparison, organization->name).dump(2) << "\n";
    return 0;
  }

  const app::AllocationRecord& inputs = comparison->inputs;
  TextTable table;
  table.header = {"", "Mã đơn vị", "Đơn vị", "Đảng viên", "Hạn ngạch"};
  table.right = {false, false, false, true, true};
  for (auto method : comparison->methods) {
    // Short names: the full one of largest remainder is too wide for a column.
    table.header.push_back(method == apportionment::Method::kLargestRemainder
                               ? "Số dư lớn nhất"
                               : report::MethodName(apportionment::ToString(method)));
    table.right.push_back(true);
  }
  std::vector<int64_t> totals(comparison->methods.size(), 0);
  int64_t members = 0;
  int64_t differing = 0;
  for (size_t k = 0; k < inputs.units.size(); ++k) {
    const app::AllocationUnit& unit = inputs.units[k];
    members += unit.members;
    if (comparison->differs[k]) ++differing;
    std::vector<std::string> row = {comparison->differs[k] ? "*" : "", unit.org_code, unit.name,
                                    std::to_string(unit.members),
                                    DecimalComma(app::QuotaText(comparison->quotas[k]))};
    for (size_t m = 0; m < comparison->methods.size(); ++m) {
      totals[m] += comparison->seats[m][k];
      row.push_back(std::to_string(comparison->seats[m][k]));
    }
    table.rows.push_back(std::move(row));
  }
  std::vector<std::string> total = {"", "", "Cộng", std::to_string(members), ""};
  for (int64_t t : totals) total.push_back(std::to_string(t));
  table.rows.push_back(std::move(total));

  std::cout << "So sánh các phương pháp phân bổ: " << organization->name << "\n"
            << inputs.seats << " đại biểu được bầu; tối thiểu " << inputs.minimum
            << " mỗi đơn vị; số đảng viên chính thức đến ngày " << inputs.as_of.ToVietnamese()
            << "\n\n"
            << table.Render() << "\n";
  if (differing > 0) {
    std::cout << differing << " đơn vị có kết quả khác nhau giữa các phương pháp (đánh dấu *).\n";
  } else {
    std::cout << "Cả bốn phương pháp cho cùng kết quả với các số liệu này.\n";
  }
  return 0;
}

}  // namespace daihoi::cli
