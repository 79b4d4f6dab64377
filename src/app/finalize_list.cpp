// Use case: the final list of an election written as its candidates, once every floor gate and
// withdrawal vote is recorded and the list passes R-SURPLUS (app/nominations.h).
#include <string>
#include <vector>

#include "app/nomination_common.h"
#include "app/nominations.h"

namespace daihoi::app {

Result<NominationsView> FinalizeList(const NominationPorts& ports, int64_t election_id) {
  auto editable = nomination_detail::EditableElection(ports, election_id);
  if (!editable.ok()) return editable.error();
  auto view = ShowNominations(ports, election_id);
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
  if (Status s = SetCandidates(ports.Counting(), election_id, candidates); !s) return s.error();
  return ShowNominations(ports, election_id);
}

}  // namespace daihoi::app
