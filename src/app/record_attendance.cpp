// Use case: a member of a group attends one of its units' congresses, refused when the person is
// booked at an overlapping congress already, in any group (teams::CheckBooking; app/groups.h).
#include <algorithm>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {
namespace {

Result<std::optional<teams::CongressSpan>> SpanOf(Store& store, const std::string& unit,
                                                  const std::string& term) {
  auto congress = store.FindCongress(unit, term);
  if (!congress.ok()) return congress.error();
  if (!*congress) return std::optional<teams::CongressSpan>();
  return teams::SpanOf(**congress);
}

}  // namespace

Result<int64_t> RecordAttendance(Store& store, const Actor& actor, const CongressRef& congress,
                                 int64_t group_id, int64_t group_member_id, int64_t assignment_id) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kUnitCongress, congress.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<int64_t>(
      store, actor,
      {"group.attendance", congress.org_code,
       ChangeText({{"term", congress.term},
                   {"group", std::to_string(group_id)},
                   {"assignment", std::to_string(assignment_id)}})},
      [&]() -> Result<int64_t> {
        auto group = groups_detail::GroupOf(store, congress, group_id);
        if (!group.ok()) return group.error();
        auto member =
            std::find_if(group->members.begin(), group->members.end(),
                         [&](const GroupMemberRecord& m) { return m.id == group_member_id; });
        if (member == group->members.end()) {
          Error error = NotFound("tổ không có thành viên số " + std::to_string(group_member_id));
          error.field = "member_id";
          return error;
        }
        auto assignment =
            std::find_if(group->assignments.begin(), group->assignments.end(),
                         [&](const GroupAssignmentRecord& a) { return a.id == assignment_id; });
        if (assignment == group->assignments.end()) {
          Error error =
              NotFound("tổ không được phân công đơn vị số " + std::to_string(assignment_id));
          error.field = "assignment_id";
          return error;
        }
        int64_t id = 0;
        // The check and the write in one transaction: two clerks cannot book one person twice.
        Status s = store.InTransaction([&]() -> Status {
          auto span = SpanOf(store, assignment->unit_code, assignment->term);
          if (!span.ok()) return span.error();
          auto existing = GroupsOf(store).AttendancesOf(member->person);
          if (!existing.ok()) return existing.error();
          std::vector<teams::Booking> bookings;
          for (const AttendanceRecord& a : *existing) {
            auto other = SpanOf(store, a.unit_code, a.term);
            if (!other.ok()) return other.error();
            bookings.push_back(
                {a.person, a.full_name, a.group_name, a.unit_code, a.unit_name, a.term, *other});
          }
          const teams::Booking proposed{
              member->person,        member->full_name, group->name, assignment->unit_code,
              assignment->unit_name, assignment->term,  *span};
          if (auto clash = teams::CheckBooking(proposed, bookings)) {
            return Error(ErrorCode::kConflict, clash->message, "assignment_id");
          }
          auto inserted = GroupsOf(store).AddAttendance(group_member_id, assignment_id);
          if (!inserted.ok()) return inserted.error();
          id = *inserted;
          return {};
        });
        if (!s) return s.error();
        return id;
      });
}

}  // namespace daihoi::app
