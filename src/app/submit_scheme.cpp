// Use case: the draft scheme submitted to the superior committee; every nominee gets a vetting
// task per board (app/personnel.h).
#include "app/personnel.h"
#include "app/personnel_common.h"

namespace daihoi::app {

Result<int64_t> SubmitScheme(const PersonnelPorts& ports, const Actor& actor,
                             const std::string& org_code, const std::string& term,
                             const std::optional<Date>& vetting_due, const Date& today) {
  auto boards = ports.personnel.VettingBoards();
  if (!boards.ok()) return boards.error();
  if (vetting_due && *vetting_due < today) {
    return InvalidInput("hạn thẩm tra " + vetting_due->ToVietnamese() + " đã qua", "vetting_due");
  }
  const Date due = vetting_due.value_or(today.AddDays(15));
  int64_t opened = 0;
  Status s =
      personnel_detail::Step(ports, actor, org_code, term, personnel::SchemeAction::kSubmit, "",
                             org_code, [&](const SchemeRecord& scheme) -> Status {
                               auto nominees = ports.personnel.SchemeNominees(scheme.id);
                               if (!nominees.ok()) return nominees.error();
                               if (nominees->empty()) {
                                 return InvalidInput("đề án chưa có nhân sự nào", "nominees");
                               }
                               std::vector<VettingTaskRecord> tasks;
                               for (const SchemeNomineeRecord& nominee : *nominees) {
                                 for (const personnel::VettingBoard& board : *boards) {
                                   VettingTaskRecord task;
                                   task.org_code = org_code;
                                   task.term = term;
                                   task.member_id = nominee.member_id;
                                   task.full_name = nominee.full_name;
                                   task.board = board.code;
                                   task.due = due;
                                   tasks.push_back(std::move(task));
                                 }
                               }
                               auto added = ports.personnel.AddVettingTasks(tasks);
                               if (!added.ok()) return added.error();
                               opened = *added;
                               return {};
                             });
  if (!s) return s.error();
  return opened;
}

}  // namespace daihoi::app
