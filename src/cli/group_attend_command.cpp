// `daihoi group attend --congress CODE --term T --group ID --member M --unit CODE`: a member of
// the group (its number in `group list`, or a member id) attends the congress of one of the
// group's units. A double booking is refused with both congresses named.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

Result<std::pair<int64_t, int64_t>> ResolveAttendance(app::Store& store,
                                                      const app::CongressRef& congress,
                                                      const GroupOptions& options,
                                                      bool need_member) {
  auto view = app::ShowWorkingGroups(store, CommandLineActor(), congress);
  if (!view) return view.error();
  for (const app::WorkingGroupView& item : view->groups) {
    if (item.group.id != options.group) continue;
    int64_t member = 0;
    for (const app::GroupMemberRecord& m : item.group.members) {
      if (std::to_string(m.id) == options.member || m.member_id == options.member) member = m.id;
    }
    if (need_member && member == 0) {
      return NotFound("tổ không có thành viên '" + options.member + "'");
    }
    for (const app::AssignedUnit& unit : item.units) {
      if (unit.assignment.unit_code == options.unit &&
          (options.unit_term.empty() || unit.assignment.term == options.unit_term)) {
        return std::pair{member, unit.assignment.id};
      }
    }
    Error error = NotFound("tổ không được phân công theo dõi '" + options.unit + "'");
    error.field = "--unit";
    return error;
  }
  Error error = NotFound("không có tổ số " + std::to_string(options.group));
  error.field = "--group";
  return error;
}

int RunGroupAttend(const Context& ctx, const GroupOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef congress{options.congress, options.term};
  auto ids = ResolveAttendance(**store, congress, options, true);
  if (!ids) {
    Error error = ids.error();
    if (error.field.empty()) error.field = "--member";
    return Fail(GroupOptionError(error));
  }
  auto id = app::RecordAttendance(**store, CommandLineActor(), congress, options.group, ids->first,
                                  ids->second);
  if (!id) return Fail(GroupOptionError(id.error()));
  if (!ctx.json) std::cout << "Đã phân công dự đại hội " << options.unit << "\n\n";
  return PrintWorkingGroups(ctx, **store, congress);
}

}  // namespace daihoi::cli
