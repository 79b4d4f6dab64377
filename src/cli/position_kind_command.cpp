// `daihoi position kind --code C --label L [--rank N] [--party-body]`: the configurable list of
// position kinds.
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

int RunPositionKind(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  personnel::PositionKind kind{options.kind, options.label, options.rank, options.party_body};
  if (Status s = app::SetPositionKind(**store, CommandLineActor(), kind); !s) {
    return Fail(PersonnelOptionError(s.error()));
  }
  std::cout << "Đã ghi loại chức vụ " << options.kind << ": " << options.label << "\n";
  return 0;
}

}  // namespace daihoi::cli
