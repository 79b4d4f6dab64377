// `daihoi position add --member ID --kind KIND --organization TEXT [--org-code C] [--from D]
// [--to D]`: one position held by a member (docs/personnel.md).
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunPositionAdd(const Context& ctx, const PersonnelOptions& options) {
  auto from = DateOption(options.from, "--from");
  if (!from) return Fail(from.error());
  auto to = DateOption(options.to, "--to");
  if (!to) return Fail(to.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  personnel::MemberPosition position{
      0, options.member, options.kind, options.organization, options.org_code, *from, *to};
  auto ids = app::AddPositions(**store, CommandLineActor(), {position});
  if (!ids) {
    Error error = ids.error();
    const auto dot = error.field.find("].");
    if (dot != std::string::npos) error.field = error.field.substr(dot + 2);
    return Fail(PersonnelOptionError(error));
  }
  std::cout << "Đã ghi chức vụ số " << ids->front() << " của đảng viên " << options.member << "\n";
  return 0;
}

}  // namespace daihoi::cli
