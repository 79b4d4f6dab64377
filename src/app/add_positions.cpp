// Use case: members' positions stored, all or nothing (app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/groups_common.h"
#include "app/personnel.h"
#include "text/text.h"

namespace daihoi::app {

Result<std::vector<int64_t>> AddPositions(Store& store, const Actor& actor,
                                          const std::vector<personnel::MemberPosition>& positions) {
  PersonnelStore& personnel = PersonnelOf(store);
  auto kinds = personnel.PositionKinds();
  if (!kinds.ok()) return kinds.error();
  std::vector<personnel::MemberPosition> clean;
  std::string org_code;  // the first member's organization, for the audit record
  for (size_t index = 0; index < positions.size(); ++index) {
    personnel::MemberPosition position = positions[index];
    position.member_id = text::Normalize(position.member_id);
    position.kind = text::Normalize(position.kind);
    position.organization = text::Normalize(position.organization);
    position.org_code = text::Normalize(position.org_code);
    const std::string at = "positions[" + std::to_string(index) + "].";
    if (Status s = personnel::CheckPosition(position, *kinds); !s) {
      Error error = s.error();
      error.field = at + error.field;
      return error;
    }
    auto member = groups_detail::FindMember(store, position.member_id);
    if (!member.ok()) return member.error();
    if (!*member) {
      Error error = NotFound("không có đảng viên mã '" + position.member_id + "'");
      error.field = at + "member_id";
      return error;
    }
    if (Status s = Authorize(store, actor, access::Action::kWriteRegistry, (*member)->org_code);
        !s) {
      return s.error();
    }
    if (!position.org_code.empty()) {
      auto body = store.FindOrganization(position.org_code);
      if (!body.ok()) return body.error();
      if (!*body) {
        Error error = NotFound("không có tổ chức đảng '" + position.org_code + "'");
        error.field = at + "org_code";
        return error;
      }
    }
    if (org_code.empty()) org_code = (*member)->org_code;
    clean.push_back(std::move(position));
  }
  std::vector<int64_t> ids;
  Status s = store.InTransaction([&]() -> Status {
    auto added = personnel.AddPositions(clean);
    if (!added.ok()) return added.error();
    ids = *added;
    return RecordChange(store, actor,
                        {"position.add", org_code,
                         ChangeText({{"positions", std::to_string(clean.size())}})});
  });
  if (!s) return s.error();
  return ids;
}

}  // namespace daihoi::app
