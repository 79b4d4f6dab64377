// Use case: take one person off a delegates' congress's roll, with what was recorded about them.
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/roll.h"
#include "app/roll_common.h"

namespace daihoi::app {

Status RemoveRollEntry(Store& store, const Actor& actor, const CongressRef& congress,
                       int64_t entry_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<void>(
      store, actor,
      {"roll.entry_remove", congress.org_code,
       ChangeText({{"term", congress.term}, {"entry", std::to_string(entry_id)}})},
      [&]() -> Status {
        auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/false);
        if (!loaded.ok()) return loaded.error();
        bool found = false;
        for (const RollEntry& entry : loaded->records.entries)
          found = found || entry.id == entry_id;
        if (!found) {
          Error error = NotFound("không có người số " + std::to_string(entry_id) +
                                 " trong danh sách đại biểu (unknown roll entry)");
          error.field = "id";
          return error;
        }
        auto removed = store.ReplaceRollEntries(congress.org_code, congress.term, {entry_id}, {});
        if (!removed.ok()) return removed.error();
        return {};
      });
}

}  // namespace daihoi::app
