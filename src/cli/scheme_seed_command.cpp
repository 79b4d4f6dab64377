// `daihoi scheme seed-nominations --congress C --term T [--election ID]`: the approved committee
// list nominated (source committee) to the committee election.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSchemeSeed(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto seeded = app::SeedNominations(PersonnelPortsOf(**store), CommandLineActor(),
                                     options.congress, options.term, options.election);
  if (!seeded) return Fail(PersonnelOptionError(seeded.error()));
  std::cout << "Đã đề cử " << seeded->added << " người vào cuộc bầu cử số " << seeded->election_id
            << " (" << seeded->already
            << " đã có từ trước). Xem: daihoi nomination list --election " << seeded->election_id
            << "\n";
  return 0;
}

}  // namespace daihoi::cli
