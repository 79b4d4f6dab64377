// `daihoi roll issue --congress CODE --term T --person KEY --kind K --effective DATE [--note]`:
// records a credential issue (R-CREDENTIALS), then shows the roll.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/roll_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunRollIssue(const Context& ctx, const std::string& congress, const std::string& term,
                 const std::string& person, const std::string& kind, const std::string& effective,
                 const std::string& note) {
  election::CredentialIssue issue;
  issue.person = person;
  auto parsed_kind = election::ParseCredentialIssueKind(kind);
  if (!parsed_kind) {
    return Fail(InvalidInput("loại không hợp lệ '" + kind +
                                 "' (unknown kind: suspended, prosecuted, indicted, detained, "
                                 "wrong_procedure, retired, transferred)",
                             "--kind"));
  }
  issue.kind = *parsed_kind;
  auto date = Date::Parse(effective);
  if (!date) {
    return Fail(InvalidInput(
        "ngày không hợp lệ (invalid date) '" + effective + "'; dùng YYYY-MM-DD", "--effective"));
  }
  issue.effective = *date;
  issue.note = note;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::CongressRef ref{congress, term};
  auto id = app::RecordCredentialIssue(**store, CommandLineActor(), ref, issue);
  if (!id) return Fail(OptionError(id.error()));
  if (!ctx.json) {
    std::cout << "Đã ghi thẩm tra tư cách số " << *id << " (" << kind << ") của '" << person
              << "'\n\n";
  }
  return PrintRoll(ctx, **store, ref);
}

}  // namespace daihoi::cli
