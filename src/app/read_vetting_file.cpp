// Use case: the vetting tasks and complaints of a congress's nominees; every read is audited
// (app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/personnel.h"

namespace daihoi::app {

Result<VettingFile> ReadVettingFile(Store& store, const Actor& actor, const std::string& org_code,
                                    const std::string& term, const std::string& member_id) {
  if (term.empty()) return InvalidInput("thiếu nhiệm kỳ", "term");
  if (Status s = Authorize(store, actor, access::Action::kPersonnel, org_code, term); !s) {
    return s.error();
  }
  PersonnelStore& personnel = PersonnelOf(store);
  VettingFile file;
  Status s = store.InTransaction([&]() -> Status {
    auto boards = personnel.VettingBoards();
    if (!boards.ok()) return boards.error();
    file.boards = std::move(*boards);
    auto tasks = personnel.VettingTasks(org_code, term);
    if (!tasks.ok()) return tasks.error();
    auto complaints = personnel.Complaints(org_code, term);
    if (!complaints.ok()) return complaints.error();
    for (VettingTaskRecord& task : *tasks) {
      if (member_id.empty() || task.member_id == member_id) file.tasks.push_back(std::move(task));
    }
    for (ComplaintRecord& complaint : *complaints) {
      if (member_id.empty() || complaint.member_id == member_id) {
        file.complaints.push_back(std::move(complaint));
      }
    }
    // docs/security.md: the vetting file is confidential; who read it is on the trail.
    return RecordChange(
        store, actor,
        {"vetting.read", org_code,
         ChangeText({{"term", term}, {"member_id", member_id.empty() ? "*" : member_id}})});
  });
  if (!s) return s.error();
  return file;
}

}  // namespace daihoi::app
