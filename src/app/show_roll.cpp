// Use case: the roll of a congress as of its opening, with the convened count (R-THRESHOLD).
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/roll.h"
#include "app/roll_common.h"

namespace daihoi::app {

Result<RollView> ShowRoll(Store& store, const Actor& actor, const CongressRef& congress) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, congress.org_code);
      !allowed.ok())
    return allowed.error();
  auto loaded = roll_detail::LoadRoll(store, congress, /*with_people=*/true);
  if (!loaded.ok()) return loaded.error();
  RollView view;
  view.congress = loaded->congress;
  view.opening = loaded->opening;
  view.opening_source = loaded->opening_source;
  view.people = std::move(loaded->people);
  view.issues = std::move(loaded->records.issues);
  view.sessions = std::move(loaded->records.sessions);
  view.absences = std::move(loaded->records.absences);

  election::RollInput input;
  input.kind = roll_detail::ElectionKind(view.congress.kind);
  input.opening = view.opening;
  input.people = view.people;
  // The registry moves on after records are made: a members' congress's issue or absence of
  // someone no longer on the roll stays listed (to be removed) but counts for nothing.
  for (const StoredCredentialIssue& stored : view.issues) {
    if (roll_detail::OnRoll(view.people, stored.issue.person)) input.issues.push_back(stored.issue);
  }
  input.sessions = view.sessions;
  for (const election::Absence& absence : view.absences) {
    if (roll_detail::OnRoll(view.people, absence.person)) input.absences.push_back(absence);
  }

  if (view.congress.kind == planning::CongressKind::kDelegates) {
    view.entries = std::move(loaded->records.entries);
    // Delegations are checked against the newest allocation saved for this term.
    auto allocations = store.Allocations(congress.org_code);
    if (!allocations.ok()) return allocations.error();
    const AllocationRecord* allocation = nullptr;
    for (const AllocationRecord& record : *allocations) {
      if (record.term == view.congress.term) {
        allocation = &record;
        break;
      }
    }
    if (allocation) {
      view.allocation_id = allocation->id;
      for (const AllocationUnit& unit : allocation->units) {
        input.allocated[unit.org_code] = unit.seats;
      }
    }
    auto subtree = store.Subtree(congress.org_code);
    if (!subtree.ok()) return subtree.error();
    for (const org::Organization& organization : *subtree) {
      if (organization.parent_code != congress.org_code) continue;
      RollView::Unit unit;
      unit.code = organization.code;
      unit.name = organization.name;
      auto seats = input.allocated.find(organization.code);
      if (seats != input.allocated.end()) unit.allocated = seats->second;
      view.units.push_back(std::move(unit));
    }
  }

  auto result = election::ComputeRoll(input);
  if (!result.ok()) return result.error();
  view.result = std::move(*result);
  return view;
}

}  // namespace daihoi::app
