// `daihoi inspection team ID [--name N] --member M …`: adds a team to an inspection round; the
// first member is its leader (cli/inspection_text.h for the member forms).
#include <iostream>

#include "app/inspections.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/inspection_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunInspectionTeam(const Context& ctx, int64_t id, const std::string& name,
                      const std::vector<std::string>& members) {
  app::TeamInput team;
  team.name = name;
  for (const std::string& argument : members) team.members.push_back(ParseMemberArgument(argument));
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto team_id = app::AddInspectionTeam(**store, CommandLineActor(), id, team);
  if (!team_id) {
    Error error = team_id.error();
    if (error.field.rfind("members[", 0) == 0) {
      // members[2].full_name → --member (3rd)
      const size_t close = error.field.find(']');
      error.field =
          "--member (thứ " + std::to_string(std::stoi(error.field.substr(8, close - 8)) + 1) + ")";
    }
    return Fail(error);
  }
  if (ctx.json) {
    std::cout << "{\"team_id\": " << *team_id << "}\n";
  } else {
    std::cout << "Đã thêm đoàn kiểm tra số hiệu " << *team_id << " vào đợt kiểm tra số " << id
              << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
