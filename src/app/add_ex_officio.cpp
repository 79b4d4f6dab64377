// Use case: put members of the convening committee on the roll (R-EX-OFFICIO).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/roll.h"
#include "app/roll_common.h"

namespace daihoi::app {

Result<std::vector<int64_t>> AddExOfficio(Store& store, const Actor& actor,
                                          const CongressRef& congress,
                                          const std::vector<NewDelegate>& people) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<std::vector<int64_t>>(
      store, actor,
      {"roll.ex_officio", congress.org_code,
       ChangeText({{"term", congress.term}, {"people", std::to_string(people.size())}})},
      [&]() -> Result<std::vector<int64_t>> {
        auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/false);
        if (!loaded.ok()) return loaded.error();
        if (Status s = roll_detail::RequireDelegatesCongress(loaded->congress); !s)
          return s.error();
        if (people.empty()) {
          return InvalidInput("không có ai để ghi vào danh sách (no people given)", "people");
        }
        std::vector<std::string> others;
        for (const RollEntry& entry : loaded->records.entries) {
          if (!entry.member_id.empty()) others.push_back(entry.member_id);
        }
        auto entries = roll_detail::ResolveDelegates(store, congress.org_code, people, "people",
                                                     election::RollRole::kExOfficio, "", others);
        if (!entries.ok()) return entries.error();
        return store.ReplaceRollEntries(congress.org_code, congress.term, {}, *entries);
      });
}

}  // namespace daihoi::app
