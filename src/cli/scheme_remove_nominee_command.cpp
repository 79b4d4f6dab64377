// `daihoi scheme remove-nominee --congress C --term T --member ID [--list …]`.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSchemeRemoveNominee(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const auto list =
      personnel::ParseSchemeList(options.list).value_or(personnel::SchemeList::kCommittee);
  if (Status s = app::RemoveSchemeNominee(PersonnelPortsOf(**store), CommandLineActor(),
                                          options.congress, options.term, list, options.member);
      !s) {
    return Fail(PersonnelOptionError(s.error()));
  }
  std::cout << "Đã bỏ " << options.member << " khỏi danh sách " << options.list << "\n";
  return 0;
}

}  // namespace daihoi::cli
