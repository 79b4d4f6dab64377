// `daihoi position list --member ID | --org CODE [--on DATE]`: positions and concurrent titles.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunPositionList(const Context& ctx, const PersonnelOptions& options) {
  auto on = DateOption(options.on, "--on");
  if (!on) return Fail(on.error());
  if (options.member.empty() && options.org_code.empty()) {
    return Fail(InvalidInput("cần --member hoặc --org", "--member"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::ListPositions(**store, CommandLineActor(), options.org_code, options.member,
                                 on->value_or(Today()));
  if (!view) return Fail(PersonnelOptionError(view.error()));
  if (ctx.json) {
    std::cout << json::PositionsViewToJson(*view).dump(2) << "\n";
  } else {
    std::cout << PositionsText(*view);
  }
  return 0;
}

}  // namespace daihoi::cli
