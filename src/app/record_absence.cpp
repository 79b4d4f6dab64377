// Use case: record that a person on the roll is absent from a session or from the whole congress
// (R-THRESHOLD: whole-congress absences may come off the denominator).
#include <algorithm>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/roll.h"
#include "app/roll_common.h"
#include "text/text.h"

namespace daihoi::app {

Status RecordAbsence(Store& store, const Actor& actor, const CongressRef& congress,
                     const election::Absence& absence) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor, {"roll.absence", congress.org_code, ChangeText({{"term", congress.term}})},
      [&]() -> Status {
        auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/true);
        if (!loaded.ok()) return loaded.error();
        election::Absence recorded = absence;
        recorded.person = text::Normalize(absence.person);
        recorded.reason = text::Normalize(absence.reason);
        if (!roll_detail::OnRoll(loaded->people, recorded.person)) {
          return InvalidInput("'" + recorded.person +
                                  "' không có trong danh sách triệu tập của đại hội "
                                  "(not on the roll)",
                              "person");
        }
        // Session 0 is the whole congress; any other must be one of the congress's sessions.
        const auto& sessions = loaded->records.sessions;
        const bool known =
            recorded.session == 0 ||
            std::any_of(sessions.begin(), sessions.end(),
                        [&](const election::Session& s) { return s.number == recorded.session; });
        if (!known) {
          return InvalidInput("đại hội không có phiên số " + std::to_string(recorded.session) +
                                  " (unknown session; 0 means the whole congress)",
                              "session");
        }
        return store.UpsertAbsence(congress.org_code, congress.term, recorded);
      });
}

}  // namespace daihoi::app
