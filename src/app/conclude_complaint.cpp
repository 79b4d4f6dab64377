// Use case: a complaint concluded (app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/personnel.h"
#include "text/text.h"

namespace daihoi::app {

Status ConcludeComplaint(Store& store, const Actor& actor, int64_t complaint_id,
                         const std::string& conclusion, const Date& on) {
  PersonnelStore& personnel = PersonnelOf(store);
  auto complaint = personnel.FindComplaint(complaint_id);
  if (!complaint.ok()) return complaint.error();
  if (!*complaint) {
    Error error = NotFound("không có đơn thư số " + std::to_string(complaint_id));
    error.field = "complaint_id";
    return error;
  }
  if (Status s = Authorize(store, actor, access::Action::kPersonnel, (*complaint)->org_code,
                           (*complaint)->term);
      !s) {
    return s;
  }
  if (!(*complaint)->open()) {
    Error error(ErrorCode::kConflict, "đơn thư số " + std::to_string(complaint_id) +
                                          " đã có kết luận ngày " +
                                          (*complaint)->concluded_on->ToVietnamese());
    error.field = "complaint_id";
    return error;
  }
  const std::string clean = text::Normalize(conclusion);
  if (clean.empty()) return InvalidInput("thiếu kết luận giải quyết đơn thư", "conclusion");
  if (on < (*complaint)->received_on) {
    return InvalidInput("ngày kết luận trước ngày nhận đơn", "concluded_on");
  }
  return store.InTransaction([&]() -> Status {
    if (Status s = personnel.ConcludeComplaint(complaint_id, clean, on, actor.login); !s) return s;
    return RecordChange(store, actor,
                        {"complaint.conclude", (*complaint)->org_code,
                         ChangeText({{"term", (*complaint)->term},
                                     {"complaint_id", std::to_string(complaint_id)},
                                     {"concluded_on", on.ToIso()}})});
  });
}

}  // namespace daihoi::app
