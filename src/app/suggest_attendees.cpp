// Use case: who of a group is free to attend one of its units' congresses (app/groups.h).
#include <algorithm>

#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Result<std::vector<teams::Attendee>> SuggestAttendees(Store& store, const Actor& actor,
                                                      const CongressRef& congress, int64_t group_id,
                                                      int64_t assignment_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, congress.org_code);
      !allowed.ok())
    return allowed.error();
  auto group = groups_detail::GroupOf(store, congress, group_id);
  if (!group.ok()) return group.error();
  auto assignment =
      std::find_if(group->assignments.begin(), group->assignments.end(),
                   [&](const GroupAssignmentRecord& a) { return a.id == assignment_id; });
  if (assignment == group->assignments.end()) {
    Error error = NotFound("tổ không được phân công đơn vị số " + std::to_string(assignment_id));
    error.field = "assignment_id";
    return error;
  }
  const auto span_of = [&](const std::string& unit,
                           const std::string& term) -> Result<std::optional<teams::CongressSpan>> {
    auto found = store.FindCongress(unit, term);
    if (!found.ok()) return found.error();
    if (!*found) return std::optional<teams::CongressSpan>();
    return teams::SpanOf(**found);
  };
  auto span = span_of(assignment->unit_code, assignment->term);
  if (!span.ok()) return span.error();
  std::vector<teams::Attendee> members;
  std::vector<teams::Booking> bookings;
  for (const GroupMemberRecord& m : group->members) {
    members.push_back({m.person, m.member_id, m.full_name, m.role});
    auto attendances = GroupsOf(store).AttendancesOf(m.person);
    if (!attendances.ok()) return attendances.error();
    for (const AttendanceRecord& a : *attendances) {
      auto other = span_of(a.unit_code, a.term);
      if (!other.ok()) return other.error();
      bookings.push_back(
          {a.person, a.full_name, a.group_name, a.unit_code, a.unit_name, a.term, *other});
    }
  }
  return teams::FreeAttendees(members, bookings, assignment->unit_code, assignment->term, *span);
}

}  // namespace daihoi::app
