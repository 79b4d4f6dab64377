// Use case: a version of the congress's personnel scheme with its workflow, nominees, their
// positions and open vetting, and the statistics of the committee list against the targets and
// the outgoing committee (app/personnel.h).
#include <map>

#include "app/authorize.h"
#include "app/personnel.h"
#include "app/personnel_common.h"

namespace daihoi::app {

Result<SchemeView> ShowScheme(const PersonnelPorts& ports, const Actor& actor,
                              const std::string& org_code, const std::string& term,
                              std::optional<int> version) {
  if (Status s = Authorize(ports.store, actor, access::Action::kPersonnel, org_code, term); !s) {
    return s.error();
  }
  auto versions = personnel_detail::Versions(ports.personnel, org_code, term);
  if (!versions.ok()) return versions.error();
  SchemeView view;
  view.versions = *versions;
  const SchemeRecord* shown = &versions->back();
  if (version) {
    shown = nullptr;
    for (const SchemeRecord& record : *versions) {
      if (record.version == *version) shown = &record;
    }
    if (shown == nullptr) {
      Error error = NotFound("đề án không có phiên bản " + std::to_string(*version));
      error.field = "version";
      return error;
    }
  }
  view.scheme = *shown;
  auto organization = ports.store.FindOrganization(org_code);
  if (!organization.ok()) return organization.error();
  if (*organization) view.org_name = (*organization)->name;
  auto superior = personnel_detail::SuperiorOf(ports.store, org_code);
  if (!superior.ok()) return superior.error();
  view.superior_code = *superior;
  if (auto found = ports.store.FindOrganization(*superior); found.ok() && *found) {
    view.superior_name = (*found)->name;
  }
  for (const SchemeRecord& record : *versions) {
    auto events = ports.personnel.SchemeEvents(record.id);
    if (!events.ok()) return events.error();
    view.events.insert(view.events.end(), events->begin(), events->end());
  }
  view.opening = personnel_detail::Opening(ports.store, org_code, term);

  auto nominees = ports.personnel.SchemeNominees(shown->id);
  if (!nominees.ok()) return nominees.error();
  std::vector<std::string> ids;
  for (const SchemeNomineeRecord& nominee : *nominees) ids.push_back(nominee.member_id);
  auto positions = ports.personnel.Positions(ids);
  if (!positions.ok()) return positions.error();
  auto kinds = ports.personnel.PositionKinds();
  if (!kinds.ok()) return kinds.error();
  auto tasks = ports.personnel.VettingTasks(org_code, term);
  if (!tasks.ok()) return tasks.error();
  auto complaints = ports.personnel.Complaints(org_code, term);
  if (!complaints.ok()) return complaints.error();
  // Without an opening day the positions held now (those without an end) count.
  const Date on = view.opening.value_or(Date::FromDays(1 << 20));
  std::map<std::string, std::vector<personnel::MemberPosition>> by_member;
  for (const personnel::MemberPosition& position : *positions) {
    by_member[position.member_id].push_back(position);
  }

  std::vector<personnel::ProposedPerson> committee;
  for (const SchemeNomineeRecord& nominee : *nominees) {
    SchemeNomineeView entry;
    entry.nominee = nominee;
    const auto& own = by_member[nominee.member_id];
    for (const personnel::MemberPosition& position : personnel::HeldOn(own, *kinds, on)) {
      entry.position_kinds.push_back(position.kind);
    }
    entry.title = personnel::PositionTitle(own, *kinds, on);
    for (const VettingTaskRecord& task : *tasks) {
      if (task.member_id != nominee.member_id) continue;
      if (task.conclusion == personnel::VettingConclusion::kOpen) ++entry.open_tasks;
      if (task.conclusion == personnel::VettingConclusion::kConcern) ++entry.concerns;
    }
    for (const ComplaintRecord& complaint : *complaints) {
      if (complaint.member_id == nominee.member_id && complaint.open()) ++entry.open_complaints;
    }
    if (nominee.list == personnel::SchemeList::kCommittee) {
      committee.push_back(
          {{nominee.full_name, nominee.member_id, nominee.gender, nominee.birth_date},
           nominee.outgoing,
           entry.position_kinds});
    }
    view.nominees.push_back(std::move(entry));
  }
  const auto outgoing = personnel_detail::OutgoingCommittee(ports.store, org_code, term);
  view.outgoing_size = outgoing ? static_cast<int>(outgoing->size()) : 0;
  election::Profile profile;
  if (ports.profiles) {
    auto loaded = ports.profiles(shown->profile);
    if (!loaded.ok()) return loaded.error();
    profile = *loaded;
  }
  view.statistics = personnel::ComputeSchemeStatistics(
      committee, outgoing, shown->numbers.committee, shown->targets, profile, *kinds, view.opening);
  return view;
}

}  // namespace daihoi::app
