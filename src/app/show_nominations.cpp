// Use case: the nominations of an election with their statuses, the eligibility findings, what
// keeps the list from being final, and the structure of the final list (app/nominations.h).
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/counting_common.h"
#include "app/nomination_common.h"
#include "app/nominations.h"

namespace daihoi::app {

Result<NominationsView> ShowNominations(const NominationPorts& ports, const Actor& actor,
                                        int64_t election_id) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed =
          AuthorizeElection(ports.Counting(), actor, access::Action::kReadRegistry, election_id);
      !allowed.ok())
    return allowed.error();
  auto election = counting_detail::FindElection(ports.elections, election_id);
  if (!election.ok()) return election.error();
  auto profile = counting_detail::LoadProfile(ports.Counting(), election->profile);
  if (!profile.ok()) return profile.error();
  auto nominations = ports.nominations.Nominations(election_id);
  if (!nominations.ok()) return nominations.error();
  auto targets = ports.nominations.FindStructureTargets(election_id);
  if (!targets.ok()) return targets.error();
  auto candidates = ports.elections.Candidates(election_id);
  if (!candidates.ok()) return candidates.error();

  NominationsView view;
  const CongressRef congress{election->org_code, election->term};
  view.gate_method = profile->floor_gate_method;
  view.opening = nomination_detail::OpeningOf(ports.store, congress);
  view.convened = nomination_detail::ConvenedOf(ports.store, actor, congress);
  view.nominations = std::move(*nominations);
  view.targets_set = targets->has_value();
  if (*targets) view.targets = **targets;
  view.locked = counting_detail::Locked(*election);

  election::Election values;
  values.kind = election->kind;
  values.seats = election->seats;
  values.alternates = election->alternates;
  const std::vector<election::Nominee> nominees = nomination_detail::ToNominees(view.nominations);
  view.review = election::ReviewNominations(values, nominees, *profile, view.opening);
  view.structure =
      election::ComputeListStructure(nominees, view.review.final_list, view.targets, view.opening);

  // Finalized: the stored candidates are the final list's members, as many and no other.
  bool same =
      !view.review.final_list.empty() && candidates->size() == view.review.final_list.size();
  for (size_t index = 0; same && index < view.review.final_list.size(); ++index) {
    const std::string& member =
        view.nominations[static_cast<size_t>(view.review.final_list[index])].member_id;
    bool found = false;
    for (const CandidateRecord& candidate : *candidates)
      found = found || candidate.member_id == member;
    same = found;
  }
  view.finalized = same;
  view.election = std::move(*election);
  return view;
}

}  // namespace daihoi::app
