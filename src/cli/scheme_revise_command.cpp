// `daihoi scheme revise --congress C --term T`: a new draft version from the returned one.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSchemeRevise(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto ports = PersonnelPortsOf(**store);
  auto id = app::ReviseScheme(ports, CommandLineActor(), options.congress, options.term);
  if (!id) return Fail(PersonnelOptionError(id.error()));
  auto found = ports.personnel.FindScheme(*id);
  if (!found) return Fail(found.error());
  std::cout << "Đã lập phiên bản " << (*found ? (*found)->version : 0)
            << " (dự thảo) từ phiên bản bị trả lại\n";
  return 0;
}

}  // namespace daihoi::cli
