// Use case: record that a person on the roll is absent from a session or from the whole congress
// (R-THRESHOLD: whole-congress absences may come off the denominator).
#include <algorithm>

#include "app/roll.h"
#include "app/roll_common.h"
#include "text/text.h"

namespace daihoi::app {

Status RecordAbsence(Store& store, const CongressRef& congress, const election::Absence& absence) {
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
  const bool known = recorded.session == 0 ||
                     std::any_of(sessions.begin(), sessions.end(), [&](const election::Session& s) {
                       return s.number == recorded.session;
                     });
  if (!known) {
    return InvalidInput("đại hội không có phiên số " + std::to_string(recorded.session) +
                            " (unknown session; 0 means the whole congress)",
                        "session");
  }
  return store.UpsertAbsence(congress.org_code, congress.term, recorded);
}

}  // namespace daihoi::app
