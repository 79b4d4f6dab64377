// `daihoi complaint list --congress C --term T [--json]`: the complaints (audited as a read of
// the vetting file).
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunComplaintList(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto file = app::ReadVettingFile(**store, CommandLineActor(), options.congress, options.term);
  if (!file) return Fail(PersonnelOptionError(file.error()));
  if (ctx.json) {
    std::cout << json::VettingFileToJson(*file)["complaints"].dump(2) << "\n";
  } else {
    std::cout << VettingText(*file, false, true);
  }
  return 0;
}

}  // namespace daihoi::cli
