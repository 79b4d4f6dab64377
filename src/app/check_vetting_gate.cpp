// Use case: R-VETTING, the gate before an election's list is final or printed
// (app/personnel.h).
#include <map>

#include "app/personnel.h"

namespace daihoi::app {

Status CheckVettingGate(Store& store, const std::string& org_code, const std::string& term,
                        const std::vector<std::pair<std::string, std::string>>& members) {
  auto* personnel = dynamic_cast<PersonnelStore*>(&store);
  if (personnel == nullptr) return {};
  auto boards = personnel->VettingBoards();
  if (!boards.ok()) return boards.error();
  std::map<std::string, std::string> board_label;
  for (const personnel::VettingBoard& board : *boards) board_label[board.code] = board.label;
  auto tasks = personnel->VettingTasks(org_code, term);
  if (!tasks.ok()) return tasks.error();
  auto complaints = personnel->Complaints(org_code, term);
  if (!complaints.ok()) return complaints.error();
  std::vector<personnel::OpenItems> open;
  for (const auto& [member_id, full_name] : members) {
    personnel::OpenItems items{member_id, full_name, {}, 0};
    for (const VettingTaskRecord& task : *tasks) {
      if (task.member_id == member_id && task.conclusion == personnel::VettingConclusion::kOpen) {
        items.open_boards.push_back(board_label.contains(task.board) ? board_label[task.board]
                                                                     : task.board);
      }
    }
    for (const ComplaintRecord& complaint : *complaints) {
      if (complaint.member_id == member_id && complaint.open()) ++items.open_complaints;
    }
    open.push_back(std::move(items));
  }
  return personnel::CheckVettingGate(open);
}

}  // namespace daihoi::app
