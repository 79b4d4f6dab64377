// Use case: remove a credential issue recorded by mistake.
#include "app/roll.h"
#include "app/roll_common.h"

namespace daihoi::app {

Status RemoveCredentialIssue(Store& store, const CongressRef& congress, int64_t issue_id) {
  auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/false);
  if (!loaded.ok()) return loaded.error();
  auto removed = store.RemoveCredentialIssue(congress.org_code, congress.term, issue_id);
  if (!removed.ok()) return removed.error();
  if (!*removed) {
    Error error = NotFound("không có ghi nhận thẩm tra tư cách số " + std::to_string(issue_id) +
                           " (unknown credential issue)");
    error.field = "id";
    return error;
  }
  return {};
}

}  // namespace daihoi::app
