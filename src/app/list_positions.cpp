// Use case: the positions of a member or of an organization, with concurrent titles
// (app/personnel.h).
#include <set>

#include "app/authorize.h"
#include "app/groups_common.h"
#include "app/personnel.h"

namespace daihoi::app {

Result<PositionsView> ListPositions(Store& store, const Actor& actor, const std::string& org_code,
                                    const std::string& member_id, const Date& on) {
  PersonnelStore& personnel = PersonnelOf(store);
  PositionsView view;
  view.on = on;
  if (!member_id.empty()) {
    auto member = groups_detail::FindMember(store, member_id);
    if (!member.ok()) return member.error();
    if (!*member) {
      Error error = NotFound("không có đảng viên mã '" + member_id + "'");
      error.field = "member_id";
      return error;
    }
    if (Status s = Authorize(store, actor, access::Action::kReadRegistry, (*member)->org_code);
        !s) {
      return s.error();
    }
    auto positions = personnel.Positions({member_id});
    if (!positions.ok()) return positions.error();
    view.positions = std::move(*positions);
  } else {
    if (org_code.empty()) return InvalidInput("cần mã tổ chức hoặc mã đảng viên", "org_code");
    if (Status s = Authorize(store, actor, access::Action::kReadRegistry, org_code); !s) {
      return s.error();
    }
    auto positions = personnel.OrganizationPositions(org_code);
    if (!positions.ok()) return positions.error();
    view.positions = std::move(*positions);
  }
  auto kinds = personnel.PositionKinds();
  if (!kinds.ok()) return kinds.error();
  view.kinds = std::move(*kinds);
  std::set<std::string> members;
  for (const personnel::MemberPosition& position : view.positions)
    members.insert(position.member_id);
  for (const std::string& member : members) {
    std::vector<personnel::MemberPosition> own;
    for (const personnel::MemberPosition& position : view.positions) {
      if (position.member_id == member) own.push_back(position);
    }
    view.titles.push_back({member, personnel::PositionTitle(own, view.kinds, on)});
  }
  return view;
}

}  // namespace daihoi::app
