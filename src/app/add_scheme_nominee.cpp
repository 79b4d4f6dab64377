// Use case: a registry member proposed on the scheme's committee or delegate list, with the
// reason (app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/personnel.h"
#include "app/personnel_common.h"
#include "text/text.h"

namespace daihoi::app {

Result<int64_t> AddSchemeNominee(const PersonnelPorts& ports, const Actor& actor,
                                 const std::string& org_code, const std::string& term,
                                 const SchemeNomineeRequest& request) {
  if (Status s = Authorize(ports.store, actor, access::Action::kPersonnel, org_code, term); !s) {
    return s.error();
  }
  auto versions = personnel_detail::Versions(ports.personnel, org_code, term);
  if (!versions.ok()) return versions.error();
  const SchemeRecord& scheme = versions->back();
  if (Status s = personnel_detail::RequireDraft(scheme); !s) return s.error();
  const std::string member_id = text::Normalize(request.member_id);
  if (member_id.empty()) return InvalidInput("chưa chọn đảng viên", "member_id");
  MemberQuery query;
  query.root = org_code;
  query.text = member_id;
  query.limit = 1000;
  auto page = ports.store.SearchMembers(query);
  if (!page.ok()) return page.error();
  const org::Member* member = nullptr;
  for (const org::Member& candidate : page->items) {
    if (candidate.id == member_id) member = &candidate;
  }
  if (member == nullptr) {
    Error error = NotFound("không có đảng viên mã '" + member_id + "' trong đảng bộ " + org_code);
    error.field = "member_id";
    return error;
  }
  // R-VOTERS: only full members stand.
  if (member->status != org::MemberStatus::kFull) {
    Error error = RuleViolation("R-VOTERS", member->full_name +
                                                " không phải đảng viên chính thức, không được "
                                                "giới thiệu ứng cử");
    error.field = "member_id";
    return error;
  }
  SchemeNomineeRecord nominee;
  nominee.scheme_id = scheme.id;
  nominee.list = request.list;
  nominee.member_id = member->id;
  nominee.full_name = member->full_name;
  nominee.gender = member->gender;
  nominee.birth_date = member->birth_date;
  nominee.reason = request.reason;
  nominee.note = text::Normalize(request.note);
  if (request.outgoing) {
    nominee.outgoing = *request.outgoing;
  } else {
    nominee.outgoing = personnel_detail::IsOutgoing(
        personnel_detail::OutgoingCommittee(ports.store, org_code, term),
        {member->full_name, member->id, member->gender, member->birth_date});
  }
  int64_t id = 0;
  Status s = ports.store.InTransaction([&]() -> Status {
    auto added = ports.personnel.AddSchemeNominee(nominee);
    if (!added.ok()) return added.error();
    id = *added;
    return RecordChange(ports.store, actor,
                        {"scheme.add_nominee", org_code,
                         ChangeText({{"term", term},
                                     {"version", std::to_string(scheme.version)},
                                     {"list", personnel::ToString(request.list)},
                                     {"member_id", member_id},
                                     {"reason", personnel::ToString(request.reason)}})});
  });
  if (!s) return s.error();
  return id;
}

}  // namespace daihoi::app
