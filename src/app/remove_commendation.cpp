// Use case: remove a commendation recorded by mistake (app/groups.h).
#include <algorithm>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Status RemoveCommendation(Store& store, const Actor& actor, const CongressRef& congress,
                          int64_t commendation_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"commendation.remove", congress.org_code,
       ChangeText({{"term", congress.term}, {"commendation", std::to_string(commendation_id)}})},
      [&]() -> Status {
        auto records = ListCommendations(store, actor, congress);
        if (!records.ok()) return records.error();
        if (std::none_of(records->begin(), records->end(), [&](const CommendationRecord& record) {
              return record.id == commendation_id;
            })) {
          Error error = NotFound("không có khen thưởng số " + std::to_string(commendation_id));
          error.field = "commendation_id";
          return error;
        }
        auto removed = GroupsOf(store).RemoveCommendation(commendation_id);
        if (!removed.ok()) return removed.error();
        return {};
      });
}

}  // namespace daihoi::app
