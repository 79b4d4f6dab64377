// `daihoi scheme add-nominee --congress C --term T --member ID [--list committee|delegates]
// [--reason …] [--incumbent yes|no] [--note …]`: a member proposed on the draft.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSchemeAddNominee(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  app::SchemeNomineeRequest request;
  request.member_id = options.member;
  request.list =
      personnel::ParseSchemeList(options.list).value_or(personnel::SchemeList::kCommittee);
  request.reason =
      personnel::ParseNomineeReason(options.reason).value_or(personnel::NomineeReason::kOther);
  if (!options.incumbent.empty()) request.outgoing = options.incumbent == "yes";
  request.note = options.note;
  auto id = app::AddSchemeNominee(PersonnelPortsOf(**store), CommandLineActor(), options.congress,
                                  options.term, request);
  if (!id) return Fail(PersonnelOptionError(id.error()));
  std::cout << "Đã thêm " << options.member << " vào danh sách " << options.list << " của đề án\n";
  return 0;
}

}  // namespace daihoi::cli
