// Use case: the working groups of a congress with their members, assigned units and the dates of
// those units' congresses, who attends which, and any double booking (app/groups.h).
#include <algorithm>
#include <map>
#include <utility>

#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Result<WorkingGroupsView> ShowWorkingGroups(Store& store, const Actor& actor,
                                            const CongressRef& congress) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, congress.org_code);
      !allowed.ok())
    return allowed.error();
  auto organization = groups_detail::CheckCongress(store, congress);
  if (!organization.ok()) return organization.error();
  auto groups = GroupsOf(store).WorkingGroups(congress.org_code, congress.term);
  if (!groups.ok()) return groups.error();
  // The congresses of the subtree, for the dates of every assigned unit in one read.
  auto congresses = store.Congresses(congress.org_code);
  if (!congresses.ok()) return congresses.error();
  std::map<std::pair<std::string, std::string>, std::optional<teams::CongressSpan>> spans;
  for (const planning::Congress& c : *congresses) spans[{c.org_code, c.term}] = teams::SpanOf(c);
  const auto span_of = [&](const std::string& unit, const std::string& term) {
    auto it = spans.find({unit, term});
    return it == spans.end() ? std::optional<teams::CongressSpan>() : it->second;
  };

  WorkingGroupsView view;
  view.org_code = congress.org_code;
  view.term = congress.term;
  std::stable_sort(groups->begin(), groups->end(),
                   [](const WorkingGroupRecord& a, const WorkingGroupRecord& b) {
                     return static_cast<int>(a.kind) < static_cast<int>(b.kind);
                   });
  std::vector<teams::Booking> bookings;
  for (WorkingGroupRecord& group : *groups) {
    WorkingGroupView group_view;
    for (const GroupAssignmentRecord& assignment : group.assignments) {
      AssignedUnit unit{assignment, span_of(assignment.unit_code, assignment.term), {}};
      for (const AttendanceRecord& attendance : group.attendances) {
        if (attendance.assignment_id == assignment.id) unit.attendees.push_back(attendance);
      }
      group_view.units.push_back(std::move(unit));
    }
    for (const AttendanceRecord& a : group.attendances) {
      bookings.push_back({a.person, a.full_name, a.group_name, a.unit_code, a.unit_name, a.term,
                          span_of(a.unit_code, a.term)});
    }
    group_view.group = std::move(group);
    view.groups.push_back(std::move(group_view));
  }
  view.clashes = teams::FindClashes(bookings);
  return view;
}

}  // namespace daihoi::app
