// Use case: remove an absence recorded by mistake.
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/roll.h"
#include "app/roll_common.h"

namespace daihoi::app {

Status ClearAbsence(Store& store, const Actor& actor, const CongressRef& congress,
                    const std::string& person, int session) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"roll.absence_clear", congress.org_code,
       ChangeText({{"term", congress.term}, {"session", std::to_string(session)}})},
      [&]() -> Status {
        auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/false);
        if (!loaded.ok()) return loaded.error();
        auto removed = store.RemoveAbsence(congress.org_code, congress.term, person, session);
        if (!removed.ok()) return removed.error();
        if (!*removed) {
          Error error = NotFound("không có vắng mặt của '" + person + "' ở phiên " +
                                 std::to_string(session) + " (unknown absence)");
          error.field = "id";
          return error;
        }
        return {};
      });
}

}  // namespace daihoi::app
