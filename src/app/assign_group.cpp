// Use case: a group is assigned to a subordinate unit's congress (app/groups.h).
#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"
#include "text/text.h"

namespace daihoi::app {

Result<int64_t> AssignGroup(Store& store, const Actor& actor, const CongressRef& congress,
                            int64_t group_id, const std::string& unit_code,
                            const std::string& term) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      store, actor,
      {"group.assign", congress.org_code,
       ChangeText(
           {{"term", congress.term}, {"group", std::to_string(group_id)}, {"unit", unit_code}})},
      [&]() -> Result<int64_t> {
        auto group = groups_detail::GroupOf(store, congress, group_id);
        if (!group.ok()) return group.error();
        const std::string code = text::Normalize(unit_code);
        auto unit = store.FindOrganization(code);
        if (!unit.ok()) return unit.error();
        if (!*unit) {
          Error error = NotFound("không có tổ chức mã '" + code + "'");
          error.field = "unit_code";
          return error;
        }
        auto below = groups_detail::IsBelow(store, code, congress.org_code);
        if (!below.ok()) return below.error();
        if (!*below) {
          return InvalidInput("'" + code + "' không phải tổ chức trực thuộc " + congress.org_code,
                              "unit_code");
        }
        GroupAssignmentRecord assignment;
        assignment.group_id = group_id;
        assignment.unit_code = code;
        assignment.term = text::Normalize(term).empty() ? congress.term : text::Normalize(term);
        auto id = GroupsOf(store).AddAssignment(assignment);
        if (!id.ok()) {
          Error error = id.error();
          error.field = "unit_code";
          return error;
        }
        return id;
      });
}

}  // namespace daihoi::app
