// `daihoi progress --root CODE --as-of YYYY-MM-DD [--json]` (CONTRACTS.md "Data").
#include <iostream>

#include "app/load_round.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "json/plan_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunProgress(const Context& ctx, const std::string& root, const std::string& as_of) {
  auto date = Date::Parse(as_of);
  if (!date) {
    return Fail(
        InvalidInput("--as-of: ngày không hợp lệ (invalid date) '" + as_of + "'; dùng YYYY-MM-DD"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto data = app::LoadRound(**store, root, "--root");
  if (!data) return Fail(data.error());
  auto progress =
      planning::ComputeProgress(data->tree, data->levels, data->congresses, root, *date);
  if (!progress) return Fail(progress.error());
  if (ctx.json) {
    std::cout << json::ProgressToJson(*progress).dump(2) << "\n";
  } else {
    std::cout << json::ProgressText(*progress, data->root_name, data->levels);
  }
  return 0;
}

}  // namespace daihoi::cli
