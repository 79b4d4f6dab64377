#include "access/access.h"

#include <algorithm>

namespace daihoi::access {
namespace {

// The organization of `grant` is on the target's path: the target is in the grant's subtree.
bool InSubtree(const Grant& grant, const Target& target) {
  if (grant.org_code.empty()) return true;
  return std::find(target.path.begin(), target.path.end(), grant.org_code) != target.path.end();
}

bool IsOwnOrganization(const Grant& grant, const Target& target) {
  return !grant.org_code.empty() && !target.path.empty() && target.path.back() == grant.org_code;
}

bool GrantAllows(const Grant& grant, Action action, const Target& target) {
  if (CheckGrant(grant)) return false;  // a malformed grant allows nothing
  switch (grant.role) {
    case Role::kAdministrator:
      return InSubtree(grant, target);
    case Role::kOrganizationBoard:
      if (action == Action::kEnterBallots || action == Action::kAdminister) return false;
      return InSubtree(grant, target);
    case Role::kUnitClerk:
      switch (action) {
        case Action::kReadRegistry:
        case Action::kReadPersonalFields:
          return InSubtree(grant, target);
        case Action::kUnitCongress:
          return IsOwnOrganization(grant, target);
        default:
          return false;
      }
    case Role::kCountingClerk:
      switch (action) {
        case Action::kReadRegistry:
          return IsOwnOrganization(grant, target);
        case Action::kEnterBallots:
          return IsOwnOrganization(grant, target) && target.term == grant.term;
        default:
          return false;
      }
    case Role::kObserver:
      return action == Action::kReadRegistry && InSubtree(grant, target);
  }
  return false;
}

}  // namespace

const char* ToString(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return "administrator";
    case Role::kOrganizationBoard:
      return "organization_board";
    case Role::kUnitClerk:
      return "unit_clerk";
    case Role::kCountingClerk:
      return "counting_clerk";
    case Role::kObserver:
      return "observer";
  }
  return "observer";
}

std::optional<Role> ParseRole(std::string_view text) {
  for (Role role : kAllRoles) {
    if (text == ToString(role)) return role;
  }
  return std::nullopt;
}

const char* RoleLabel(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return "Quản trị hệ thống";
    case Role::kOrganizationBoard:
      return "Ban tổ chức";
    case Role::kUnitClerk:
      return "Văn phòng đơn vị";
    case Role::kCountingClerk:
      return "Tổ kiểm phiếu";
    case Role::kObserver:
      return "Giám sát (chỉ xem)";
  }
  return "";
}

std::optional<std::string> CheckGrant(const Grant& grant) {
  if (grant.org_code.empty() && grant.role != Role::kAdministrator) {
    return std::string("vai trò ") + ToString(grant.role) + " phải gắn với một tổ chức (a " +
           ToString(grant.role) + " grant names an organization)";
  }
  if (grant.role == Role::kCountingClerk && grant.term.empty()) {
    return "tổ kiểm phiếu gắn với một đại hội: cần nhiệm kỳ (a counting_clerk grant names the "
           "congress's term)";
  }
  if (grant.role != Role::kCountingClerk && !grant.term.empty()) {
    return std::string(
               "chỉ vai trò counting_clerk có nhiệm kỳ (only a counting_clerk grant "
               "names a term, not ") +
           ToString(grant.role) + ")";
  }
  return std::nullopt;
}

const char* ActionLabel(Action action) {
  switch (action) {
    case Action::kReadRegistry:
      return "xem tổ chức, đại hội và tiến độ";
    case Action::kReadPersonalFields:
      return "xem thông tin cá nhân của đảng viên";
    case Action::kWriteRegistry:
      return "nhập, sửa tổ chức, đảng viên và đại hội";
    case Action::kPlan:
      return "lập kế hoạch, phân bổ đại biểu và duyệt kết quả";
    case Action::kUnitCongress:
      return "chuẩn bị đại hội của đơn vị";
    case Action::kEnterBallots:
      return "nhập phiếu bầu";
    case Action::kAdminister:
      return "quản trị người dùng và nhật ký thay đổi";
    case Action::kPersonnel:
      return "làm công tác nhân sự";
  }
  return "";
}

const char* ToString(Action action) {
  switch (action) {
    case Action::kReadRegistry:
      return "read_registry";
    case Action::kReadPersonalFields:
      return "read_personal_fields";
    case Action::kWriteRegistry:
      return "write_registry";
    case Action::kPlan:
      return "plan";
    case Action::kUnitCongress:
      return "unit_congress";
    case Action::kEnterBallots:
      return "enter_ballots";
    case Action::kAdminister:
      return "administer";
    case Action::kPersonnel:
      return "personnel";
  }
  return "";
}

bool Allowed(const std::vector<Grant>& grants, Action action, const Target& target) {
  return std::any_of(grants.begin(), grants.end(),
                     [&](const Grant& grant) { return GrantAllows(grant, action, target); });
}

Refusal RefusalOutsideScope(Action action) {
  return action == Action::kReadPersonalFields ? Refusal::kNotFound : Refusal::kForbidden;
}

std::optional<std::vector<std::string>> ScopeRoots(const std::vector<Grant>& grants,
                                                   Action action) {
  std::vector<std::string> roots;
  for (const Grant& grant : grants) {
    // Whether the grant allows the action at its own organization (the widest place it can).
    const Target own{grant.org_code.empty() ? std::vector<std::string>{}
                                            : std::vector<std::string>{grant.org_code},
                     grant.term};
    if (!GrantAllows(grant, action, own)) continue;
    if (grant.org_code.empty()) return std::nullopt;
    if (std::find(roots.begin(), roots.end(), grant.org_code) == roots.end()) {
      roots.push_back(grant.org_code);
    }
  }
  return roots;
}

PersonalFields VisiblePersonalFields(const std::vector<Grant>& grants, const Target& target) {
  if (!Allowed(grants, Action::kReadPersonalFields, target)) return {};
  return {true, true, true};
}

}  // namespace daihoi::access
