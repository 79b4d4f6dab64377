// Use case: record a fact the credentials committee found about a person on the roll
// (R-CREDENTIALS for a delegates' congress, R-THRESHOLD for a members' congress).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/roll.h"
#include "app/roll_common.h"
#include "text/text.h"

namespace daihoi::app {
namespace {

// A members' congress takes off the denominator those suspended, prosecuted or detained
// (R-THRESHOLD); a wrong procedure, retirement or transfer are about delegates (R-CREDENTIALS).
bool ValidFor(planning::CongressKind congress, election::CredentialIssueKind kind) {
  if (congress == planning::CongressKind::kDelegates) return true;
  switch (kind) {
    case election::CredentialIssueKind::kSuspended:
    case election::CredentialIssueKind::kProsecuted:
    case election::CredentialIssueKind::kIndicted:
    case election::CredentialIssueKind::kDetained:
      return true;
    case election::CredentialIssueKind::kWrongProcedure:
    case election::CredentialIssueKind::kRetired:
    case election::CredentialIssueKind::kTransferred:
      return false;
  }
  return false;
}

}  // namespace

Result<int64_t> RecordCredentialIssue(Store& store, const Actor& actor, const CongressRef& congress,
                                      const election::CredentialIssue& issue) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      store, actor,
      {"roll.credential_issue", congress.org_code, ChangeText({{"term", congress.term}})},
      [&]() -> Result<int64_t> {
        auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/true);
        if (!loaded.ok()) return loaded.error();
        election::CredentialIssue recorded = issue;
        recorded.person = text::Normalize(issue.person);
        recorded.note = text::Normalize(issue.note);
        if (!roll_detail::OnRoll(loaded->people, recorded.person)) {
          return InvalidInput("'" + recorded.person +
                                  "' không có trong danh sách triệu tập của đại hội "
                                  "(not on the roll)",
                              "person");
        }
        if (!ValidFor(loaded->congress.kind, recorded.kind)) {
          return InvalidInput(
              std::string("'") + election::ToString(recorded.kind) +
                  "' không áp dụng cho đại hội đảng viên: chỉ suspended, prosecuted, "
                  "indicted, detained (not a ground at a members' congress)",
              "kind");
        }
        return store.AddCredentialIssue(congress.org_code, congress.term, recorded);
      });
}

}  // namespace daihoi::app
