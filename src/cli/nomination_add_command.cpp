// `daihoi nomination add --election ID --member MEMBER [--source committee|floor|self] [--by WHO]
// [--by-committee-member] [--incumbent yes|no]`: a person nominated from the member registry.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/nomination_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunNominationAdd(const Context& ctx, const NominationAddOptions& options) {
  app::NominateRequest request;
  request.member_id = options.member_id;
  auto source = election::ParseNominationSource(options.source);
  if (!source) {
    return Fail(InvalidInput(
        "nguồn đề cử không hợp lệ '" + options.source + "' (committee, floor, self)", "--source"));
  }
  request.source = *source;
  request.nominated_by = options.nominated_by;
  request.nominated_by_committee_member = options.by_committee_member;
  if (options.incumbent == "yes") request.convening_committee_member = true;
  if (options.incumbent == "no") request.convening_committee_member = false;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::NominationPorts ports = NominationPortsOf(**store);
  auto id = app::Nominate(ports, CommandLineActor(), options.election_id, request);
  if (!id) return Fail(NominationOptionError(id.error()));
  if (!ctx.json) std::cout << "Đã ghi đề cử số " << *id << ".\n\n";
  return PrintNominations(ctx, ports, options.election_id);
}

}  // namespace daihoi::cli
