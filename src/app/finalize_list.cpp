// Use case: the final list of an election written as its candidates, once every floor gate and
// withdrawal vote is recorded and the list passes R-SURPLUS (app/nominations.h).
#include <string>
#include <vector>

#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/nomination_common.h"
#include "app/nominations.h"
#include "app/personnel.h"

namespace daihoi::app {

Result<NominationsView> FinalizeList(const NominationPorts& ports, const Actor& actor,
                                     int64_t election_id) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed =
      AuthorizeElection(ports.Counting(), actor, access::Action::kUnitCongress, election_id);
  if (!allowed.ok()) return allowed.error();
  // Its one write is SetCandidates, which records it (election.candidates).
  auto editable = nomination_detail::EditableElection(ports, election_id);
  if (!editable.ok()) return editable.error();
  auto view = ShowNominations(ports, actor, election_id);
  if (!view.ok()) return view.error();
  const std::vector<election::Blocker>& blockers = view->review.blockers;
  if (!blockers.empty()) {
    std::string message = "chưa chốt được danh sách bầu cử: ";
    for (size_t index = 0; index < blockers.size(); ++index) {
      if (index > 0) message += "; ";
      message += blockers[index].message + " (" + blockers[index].rule + ")";
    }
    return RuleViolation(blockers.front().rule, message);
  }
  // R-VETTING (app/personnel.h): no open vetting task or complaint on anyone of the list.
  std::vector<std::pair<std::string, std::string>> listed;
  for (int index : view->review.final_list) {
    const NominationRecord& nomination = view->nominations[static_cast<size_t>(index)];
    listed.emplace_back(nomination.member_id, nomination.full_name);
  }
  if (Status vetted =
          CheckVettingGate(ports.store, view->election.org_code, view->election.term, listed);
      !vetted) {
    return vetted.error();
  }
  std::vector<CandidateRecord> candidates;
  for (int index : view->review.final_list) {
    const NominationRecord& nomination = view->nominations[static_cast<size_t>(index)];
    CandidateRecord candidate;
    candidate.id = nomination.member_id;
    candidate.full_name = nomination.full_name;
    candidate.birth_date = nomination.birth_date;
    candidate.member_id = nomination.member_id;
    candidate.gender = nomination.gender;
    candidates.push_back(std::move(candidate));
  }
  if (Status s = SetCandidates(ports.Counting(), actor, election_id, candidates); !s)
    return s.error();
  return ShowNominations(ports, actor, election_id);
}

}  // namespace daihoi::app
