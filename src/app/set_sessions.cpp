// Use case: the sessions (phiên) of a congress, against which attendance is recorded.
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/roll.h"
#include "app/roll_common.h"
#include "text/text.h"

namespace daihoi::app {

Status SetSessions(Store& store, const Actor& actor, const CongressRef& congress,
                   const std::vector<election::Session>& sessions) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"roll.sessions", congress.org_code,
       ChangeText({{"term", congress.term}, {"sessions", std::to_string(sessions.size())}})},
      [&]() -> Status {
        auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/false);
        if (!loaded.ok()) return loaded.error();
        std::vector<election::Session> normalized = sessions;
        for (size_t i = 0; i < normalized.size(); ++i) {
          if (normalized[i].number != static_cast<int>(i) + 1) {
            return InvalidInput(
                "các phiên được đánh số 1, 2, … theo thứ tự (sessions are numbered 1..n "
                "in order): phiên thứ " +
                    std::to_string(i + 1) + " mang số " + std::to_string(normalized[i].number),
                "sessions[" + std::to_string(i) + "].number");
          }
          normalized[i].title = text::Normalize(normalized[i].title);
        }
        // Nothing recorded is dropped silently: absences from a session that would go must go
        // first.
        const int count = static_cast<int>(normalized.size());
        for (const election::Absence& absence : loaded->records.absences) {
          if (absence.session > count) {
            return Error(
                ErrorCode::kConflict,
                "có vắng mặt được ghi ở phiên " + std::to_string(absence.session) + " (người '" +
                    absence.person +
                    "'): xóa vắng mặt đó trước (an absence refers to a session that would go)",
                "sessions");
          }
        }
        return store.ReplaceSessions(congress.org_code, congress.term, normalized);
      });
}

}  // namespace daihoi::app
