// `daihoi inspection create --org CODE --term T --from D --to D`: a new inspection round.
#include <iostream>

#include "app/inspections.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunInspectionCreate(const Context& ctx, const InspectionCreateOptions& options) {
  app::InspectionInput input;
  input.org_code = options.org_code;
  input.term = options.term;
  input.title = options.title;
  input.window_start = Date::Parse(options.from);
  if (!input.window_start) {
    return Fail(InvalidInput("ngày không hợp lệ '" + options.from + "' (YYYY-MM-DD)", "--from"));
  }
  input.window_end = Date::Parse(options.to);
  if (!input.window_end) {
    return Fail(InvalidInput("ngày không hợp lệ '" + options.to + "' (YYYY-MM-DD)", "--to"));
  }
  input.min_units_per_team = options.min_units;
  input.max_units_per_team = options.max_units;
  input.working_days_only = !options.all_days;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto id = app::CreateInspection(**store, CommandLineActor(), input);
  if (!id) {
    Error error = id.error();
    if (error.field == "org_code") error.field = "--org";
    if (error.field == "window_start") error.field = "--from";
    if (error.field == "window_end") error.field = "--to";
    if (error.field == "min_units_per_team") error.field = "--min";
    if (error.field == "max_units_per_team") error.field = "--max";
    return Fail(error);
  }
  if (ctx.json) {
    std::cout << "{\"id\": " << *id << "}\n";
  } else {
    std::cout << "Đã tạo đợt kiểm tra số " << *id << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
