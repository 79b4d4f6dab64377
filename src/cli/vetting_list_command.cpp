// `daihoi vetting list --congress C --term T [--member ID] [--json]`: the vetting tasks and
// complaints of the congress's nominees. Every read is audited (vetting.read).
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunVettingList(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto file = app::ReadVettingFile(**store, CommandLineActor(), options.congress, options.term,
                                   options.member);
  if (!file) return Fail(PersonnelOptionError(file.error()));
  if (ctx.json) {
    std::cout << json::VettingFileToJson(*file).dump(2) << "\n";
  } else {
    std::cout << VettingText(*file, true, true);
  }
  return 0;
}

}  // namespace daihoi::cli
