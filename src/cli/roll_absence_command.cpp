// `daihoi roll absence --congress CODE --term T --person KEY [--session N] [--reason TEXT]
// [--accepted]`: records (or replaces) an absence, then shows the roll.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/roll_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunRollAbsence(const Context& ctx, const std::string& congress, const std::string& term,
                   const std::string& person, int session, const std::string& reason,
                   bool accepted) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef ref{congress, term};
  election::Absence absence;
  absence.person = person;
  absence.session = session;
  absence.reason = reason;
  absence.accepted = accepted;
  if (Status s = app::RecordAbsence(**store, CommandLineActor(), ref, absence); !s) {
    return Fail(OptionError(s.error()));
  }
  if (!ctx.json) {
    std::cout << "Đã ghi vắng mặt của '" << person << "' "
              << (session == 0 ? std::string("cả đại hội") : "ở phiên " + std::to_string(session))
              << "\n\n";
  }
  return PrintRoll(ctx, **store, ref);
}

}  // namespace daihoi::cli
