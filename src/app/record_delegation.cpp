// Use case: record a delegation elected by a subordinate congress (R-EX-OFFICIO: the other
// delegates), replacing what was recorded for the unit before.
#include <optional>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/roll.h"
#include "app/roll_common.h"
#include "text/text.h"

namespace daihoi::app {

Result<std::vector<int64_t>> RecordDelegation(Store& store, const Actor& actor,
                                              const CongressRef& congress,
                                              const DelegationInput& delegation) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<std::vector<int64_t>>(
      store, actor,
      {"roll.delegation", congress.org_code,
       ChangeText({{"term", congress.term}, {"unit", delegation.unit_code}})},
      [&]() -> Result<std::vector<int64_t>> {
        auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/false);
        if (!loaded.ok()) return loaded.error();
        if (Status s = roll_detail::RequireDelegatesCongress(loaded->congress); !s)
          return s.error();

        const std::string unit_code = text::Normalize(delegation.unit_code);
        if (unit_code.empty())
          return InvalidInput("thiếu mã đơn vị bầu đoàn đại biểu", "unit_code");
        auto unit = store.FindOrganization(unit_code);
        if (!unit.ok()) return unit.error();
        if (!*unit || (*unit)->parent_code != congress.org_code) {
          return InvalidInput("'" + unit_code + "' không phải tổ chức đảng trực thuộc '" +
                                  congress.org_code + "' (not a direct subordinate unit)",
                              "unit_code");
        }
        if (delegation.officials.empty()) {
          return InvalidInput("đoàn đại biểu phải có ít nhất một đại biểu chính thức", "officials");
        }

        // The unit's earlier entries are replaced; anything recorded against them must go first.
        std::vector<int64_t> remove;
        std::vector<std::string> others;
        std::optional<Error> conflict;  // reported once the input itself is known to be good
        for (const RollEntry& entry : loaded->records.entries) {
          const bool same_unit =
              entry.role != election::RollRole::kExOfficio && entry.unit_code == unit_code;
          if (!same_unit) {
            if (!entry.member_id.empty()) others.push_back(entry.member_id);
            continue;
          }
          const std::string key = std::to_string(entry.id);
          bool recorded = false;
          for (const StoredCredentialIssue& stored : loaded->records.issues) {
            recorded = recorded || stored.issue.person == key;
          }
          for (const election::Absence& absence : loaded->records.absences) {
            recorded = recorded || absence.person == key;
          }
          if (recorded && !conflict) {
            conflict =
                Error(ErrorCode::kConflict,
                      "đại biểu '" + entry.full_name + "' của đoàn '" + unit_code +
                          "' đã có thẩm tra tư cách hoặc vắng mặt được ghi: xóa các ghi nhận đó "
                          "trước khi ghi lại đoàn (credential issues or absences are recorded)",
                      "unit_code");
          }
          remove.push_back(entry.id);
        }

        auto officials = roll_detail::ResolveDelegates(
            store, congress.org_code, delegation.officials, "officials",
            election::RollRole::kOfficial, unit_code, others);
        if (!officials.ok()) return officials.error();
        auto alternates = roll_detail::ResolveDelegates(
            store, congress.org_code, delegation.alternates, "alternates",
            election::RollRole::kAlternate, unit_code, others);
        if (!alternates.ok()) return alternates.error();
        if (conflict) return *conflict;
        std::vector<RollEntry> add = std::move(*officials);
        for (RollEntry& entry : *alternates) add.push_back(std::move(entry));
        return store.ReplaceRollEntries(congress.org_code, congress.term, remove, add);
      });
}

}  // namespace daihoi::app
