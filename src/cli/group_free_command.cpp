// `daihoi group free --congress CODE --term T --group ID --unit CODE`: who of the group is free
// to attend the unit's congress (not booked at an overlapping one).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "json/groups_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunGroupFree(const Context& ctx, const GroupOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto ids = ResolveAttendance(**store, congress, options, false);
  if (!ids) return Fail(GroupOptionError(ids.error()));
  auto free =
      app::SuggestAttendees(**store, CommandLineActor(), congress, options.group, ids->second);
  if (!free) return Fail(GroupOptionError(free.error()));
  if (ctx.json) {
    std::cout << nlohmann::ordered_json{{"free", json::AttendeesToJson(*free)}}.dump(2) << "\n";
    return 0;
  }
  std::cout << "Có thể dự đại hội " << options.unit << ": " << free->size() << " đồng chí\n";
  for (const teams::Attendee& a : *free) {
    std::cout << "  " << a.full_name;
    if (a.role != teams::GroupRole::kMember)
      std::cout << " (" << teams::VietnameseName(a.role) << ")";
    std::cout << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
