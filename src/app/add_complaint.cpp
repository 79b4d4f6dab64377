// Use case: a complaint or denunciation about a nominee registered (an anonymous letter is
// recorded as such; app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/personnel.h"
#include "app/personnel_common.h"
#include "text/text.h"

namespace daihoi::app {

Result<int64_t> AddComplaint(Store& store, const Actor& actor, const ComplaintRequest& request) {
  if (request.term.empty()) return InvalidInput("thiếu nhiệm kỳ", "term");
  if (Status s =
          Authorize(store, actor, access::Action::kPersonnel, request.org_code, request.term);
      !s) {
    return s.error();
  }
  PersonnelStore& personnel = PersonnelOf(store);
  ComplaintRecord complaint;
  complaint.org_code = request.org_code;
  complaint.term = request.term;
  complaint.member_id = text::Normalize(request.member_id);
  complaint.received_on = request.received_on;
  complaint.source = request.source;
  complaint.summary = text::Normalize(request.summary);
  complaint.assigned_to = text::Normalize(request.assigned_to);
  if (complaint.summary.empty()) return InvalidInput("thiếu tóm tắt nội dung đơn thư", "summary");
  // The nominee: someone on a version of the congress's scheme.
  auto versions = personnel_detail::Versions(personnel, request.org_code, request.term);
  if (!versions.ok()) return versions.error();
  for (const SchemeRecord& scheme : *versions) {
    auto nominees = personnel.SchemeNominees(scheme.id);
    if (!nominees.ok()) return nominees.error();
    for (const SchemeNomineeRecord& nominee : *nominees) {
      if (nominee.member_id == complaint.member_id) complaint.full_name = nominee.full_name;
    }
  }
  if (complaint.full_name.empty()) {
    Error error =
        NotFound("đảng viên " + complaint.member_id + " không có trong đề án nhân sự của đại hội");
    error.field = "member_id";
    return error;
  }
  int64_t id = 0;
  Status s = store.InTransaction([&]() -> Status {
    auto added = personnel.AddComplaint(complaint);
    if (!added.ok()) return added.error();
    id = *added;
    return RecordChange(store, actor,
                        {"complaint.add", request.org_code,
                         ChangeText({{"term", request.term},
                                     {"complaint_id", std::to_string(id)},
                                     {"member_id", complaint.member_id},
                                     {"source", personnel::ToString(request.source)}})});
  });
  if (!s) return s.error();
  return id;
}

}  // namespace daihoi::app
