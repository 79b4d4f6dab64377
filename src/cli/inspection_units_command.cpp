// `daihoi inspection units ID [CODE[:DAYS] …]`: the units to inspect; none given: the
// committee's direct subordinates with a congress in the term.
#include <charconv>
#include <iostream>

#include "app/inspections.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunInspectionUnits(const Context& ctx, int64_t id, const std::vector<std::string>& codes) {
  std::vector<app::UnitChoice> units;
  for (size_t k = 0; k < codes.size(); ++k) {
    app::UnitChoice choice;
    choice.org_code = codes[k];
    const size_t colon = codes[k].find(':');
    if (colon != std::string::npos) {
      choice.org_code = codes[k].substr(0, colon);
      const std::string days = codes[k].substr(colon + 1);
      auto [end, ec] = std::from_chars(days.data(), days.data() + days.size(), choice.visit_days);
      if (ec != std::errc() || end != days.data() + days.size() || choice.visit_days < 1) {
        return Fail(InvalidInput("số ngày làm việc không hợp lệ '" + days + "'",
                                 "units[" + std::to_string(k) + "]"));
      }
    }
    units.push_back(std::move(choice));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto chosen = app::ChooseInspectionUnits(**store, CommandLineActor(), id, units);
  if (!chosen) return Fail(chosen.error());
  int64_t members = 0;
  for (const app::InspectionUnitRecord& unit : *chosen) members += unit.members;
  if (ctx.json) {
    std::cout << "{\"units\": " << chosen->size() << ", \"members\": " << members << "}\n";
  } else {
    std::cout << "Đợt kiểm tra số " << id << ": " << chosen->size() << " đơn vị, " << members
              << " đảng viên\n";
  }
  return 0;
}

}  // namespace daihoi::cli
