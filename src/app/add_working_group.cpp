// Use case: a new working or guidance group of a congress (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"
#include "text/text.h"

namespace daihoi::app {

Result<int64_t> AddWorkingGroup(Store& store, const Actor& actor, const CongressRef& congress,
                                const NewWorkingGroup& group) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      store, actor, {"group.add", congress.org_code, ChangeText({{"term", congress.term}})},
      [&]() -> Result<int64_t> {
        if (auto organization = groups_detail::CheckCongress(store, congress); !organization.ok()) {
          return organization.error();
        }
        WorkingGroupRecord record;
        record.org_code = congress.org_code;
        record.term = congress.term;
        record.kind = group.kind;
        record.name = text::Normalize(group.name);
        record.note = text::Normalize(group.note);
        if (record.name.empty()) {
          // The next number among the groups of this kind.
          auto groups = GroupsOf(store).WorkingGroups(congress.org_code, congress.term);
          if (!groups.ok()) return groups.error();
          int64_t same_kind = 0;
          for (const WorkingGroupRecord& g : *groups) same_kind += g.kind == group.kind ? 1 : 0;
          record.name = teams::VietnameseName(group.kind) + " số " + std::to_string(same_kind + 1);
        }
        auto id = GroupsOf(store).AddWorkingGroup(record);
        if (!id.ok()) {
          Error error = id.error();
          if (error.code == ErrorCode::kConflict) error.field = "name";
          return error;
        }
        return id;
      });
}

}  // namespace daihoi::app
