// Use case: remove a credential issue recorded by mistake.
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/roll.h"
#include "app/roll_common.h"

namespace daihoi::app {

Status RemoveCredentialIssue(Store& store, const Actor& actor, const CongressRef& congress,
                             int64_t issue_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"roll.credential_issue_remove", congress.org_code,
       ChangeText({{"term", congress.term}, {"issue", std::to_string(issue_id)}})},
      [&]() -> Status {
        auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/false);
        if (!loaded.ok()) return loaded.error();
        auto removed = store.RemoveCredentialIssue(congress.org_code, congress.term, issue_id);
        if (!removed.ok()) return removed.error();
        if (!*removed) {
          Error error = NotFound("không có ghi nhận thẩm tra tư cách số " +
                                 std::to_string(issue_id) + " (unknown credential issue)");
          error.field = "id";
          return error;
        }
        return {};
      });
}

}  // namespace daihoi::app
