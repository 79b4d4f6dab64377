// Use case: the subcommittees of a congress with members and tasks, overdue as of a date
// (app/groups.h).
#include <utility>

#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/groups.h"
#include "app/groups_common.h"

namespace daihoi::app {

Result<SubcommitteesView> ShowSubcommittees(Store& store, const Actor& actor,
                                            const CongressRef& congress, Date as_of) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, congress.org_code);
      !allowed.ok())
    return allowed.error();
  if (auto organization = groups_detail::CheckCongress(store, congress); !organization.ok()) {
    return organization.error();
  }
  auto subcommittees = GroupsOf(store).Subcommittees(congress.org_code, congress.term);
  if (!subcommittees.ok()) return subcommittees.error();
  SubcommitteesView view;
  view.org_code = congress.org_code;
  view.term = congress.term;
  view.as_of = as_of;
  for (SubcommitteeRecord& subcommittee : *subcommittees) {
    SubcommitteeView item;
    for (SubcommitteeTaskRecord& task : subcommittee.tasks) {
      const teams::TaskStatus status =
          teams::StatusOf({task.title, task.due, task.done, task.done_on}, as_of);
      item.overdue += status == teams::TaskStatus::kOverdue ? 1 : 0;
      item.tasks.push_back({std::move(task), status});
    }
    subcommittee.tasks.clear();
    item.subcommittee = std::move(subcommittee);
    view.subcommittees.push_back(std::move(item));
  }
  return view;
}

}  // namespace daihoi::app
