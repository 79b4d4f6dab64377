// Use case: a board's conclusion on one nominee: cleared, or concern with its note
// (app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/personnel.h"
#include "text/text.h"

namespace daihoi::app {

Status ConcludeVetting(Store& store, const Actor& actor, int64_t task_id,
                       personnel::VettingConclusion conclusion, const std::string& note) {
  PersonnelStore& personnel = PersonnelOf(store);
  auto task = personnel.FindVettingTask(task_id);
  if (!task.ok()) return task.error();
  if (!*task) {
    Error error = NotFound("không có nhiệm vụ thẩm tra số " + std::to_string(task_id));
    error.field = "task_id";
    return error;
  }
  if (Status s =
          Authorize(store, actor, access::Action::kPersonnel, (*task)->org_code, (*task)->term);
      !s) {
    return s;
  }
  const std::string clean = text::Normalize(note);
  if (conclusion == personnel::VettingConclusion::kOpen) {
    return InvalidInput("kết luận là cleared (đủ tiêu chuẩn) hoặc concern (có vấn đề)",
                        "conclusion");
  }
  if (conclusion == personnel::VettingConclusion::kConcern && clean.empty()) {
    return InvalidInput("kết luận có vấn đề cần ghi rõ nội dung", "note");
  }
  return store.InTransaction([&]() -> Status {
    if (Status s = personnel.ConcludeVettingTask(task_id, conclusion, clean, actor.login); !s) {
      return s;
    }
    return RecordChange(store, actor,
                        {"vetting.conclude", (*task)->org_code,
                         ChangeText({{"term", (*task)->term},
                                     {"task_id", std::to_string(task_id)},
                                     {"member_id", (*task)->member_id},
                                     {"board", (*task)->board},
                                     {"conclusion", personnel::ToString(conclusion)}})});
  });
}

}  // namespace daihoi::app
