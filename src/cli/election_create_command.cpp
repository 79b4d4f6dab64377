// `daihoi election create --congress CODE --term T --kind K --seats N [--alternates N]
// --title TEXT [--clerks 2] [--profile ID] [--committee NAME…]`: a new election of a stored
// congress; its list, rounds and count come later.
#include <iostream>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunElectionCreate(const Context& ctx, const ElectionCreateOptions& options) {
  app::ElectionSetup setup;
  auto kind = election::ParseElectionKind(options.kind);
  if (!kind) {
    return Fail(InvalidInput("loại bầu cử không hợp lệ '" + options.kind +
                                 "' (committee, standing_committee, secretary, deputy_secretary, "
                                 "inspection, inspection_chair, delegates)",
                             "--kind"));
  }
  setup.kind = *kind;
  setup.seats = options.seats;
  setup.alternates = options.alternates;
  setup.title = options.title;
  setup.profile = options.profile;
  setup.required_clerks = options.clerks;
  setup.counting_committee = options.committee;

  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CountingPorts ports = CountingPortsOf(**store);
  auto id = app::CreateElection(ports, CommandLineActor(), {options.congress, options.term}, setup);
  if (!id) return Fail(CountOptionError(id.error()));
  if (!ctx.json) std::cout << "Đã tạo cuộc bầu cử số " << *id << ".\n\n";
  return PrintElection(ctx, ports, *id);
}

}  // namespace daihoi::cli
