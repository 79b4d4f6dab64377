// `daihoi scheme submit [--due D]`, `daihoi scheme return --comment …`, `daihoi scheme
// approve [--comment …]` (--congress C --term T): the workflow's steps, dated and attributed.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSchemeStep(const Context& ctx, const PersonnelOptions& options, const std::string& action) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::PersonnelPorts ports = PersonnelPortsOf(**store);
  const app::Actor actor = CommandLineActor();
  if (action == "submit") {
    auto due = DateOption(options.due, "--due");
    if (!due) return Fail(due.error());
    auto opened = app::SubmitScheme(ports, actor, options.congress, options.term, *due, Today());
    if (!opened) return Fail(PersonnelOptionError(opened.error()));
    std::cout << "Đã trình đề án lên cấp trên; mở " << *opened << " nhiệm vụ thẩm tra\n";
    return 0;
  }
  Status s =
      action == "return"
          ? app::ReturnScheme(ports, actor, options.congress, options.term, options.comment)
          : app::ApproveScheme(ports, actor, options.congress, options.term, options.comment);
  if (!s) return Fail(PersonnelOptionError(s.error()));
  std::cout << (action == "return" ? "Cấp trên đã trả lại đề án: " + options.comment
                                   : std::string("Cấp trên đã phê duyệt đề án"))
            << "\n";
  return 0;
}

}  // namespace daihoi::cli
