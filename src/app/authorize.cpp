#include "app/authorize.h"

#include <vector>

namespace daihoi::app {

bool IsGlobalAdministrator(const Actor& actor) {
  return access::Allowed(actor.grants, access::Action::kAdminister, {});
}

Error Refused(const Actor& actor, access::Action action, const std::string& where) {
  return Error(ErrorCode::kForbidden, "'" + actor.login + "' không có quyền " +
                                          access::ActionLabel(action) +
                                          (where.empty() ? "" : " " + where) + " (not allowed: " +
                                          access::ToString(action) + ")");
}

Result<access::Target> TargetOf(Store& store, const std::string& org_code,
                                const std::string& term) {
  access::Target target;
  target.term = term;
  if (org_code.empty()) return target;
  auto organization = store.FindOrganization(org_code);
  if (!organization.ok()) return organization.error();
  if (!organization->has_value()) {
    return NotFound("không có tổ chức '" + org_code + "' (organization not found)");
  }
  auto ancestors = store.Ancestors(org_code);  // parent first
  if (!ancestors.ok()) return ancestors.error();
  for (auto it = ancestors->rbegin(); it != ancestors->rend(); ++it)
    target.path.push_back(it->code);
  target.path.push_back(org_code);
  return target;
}

Status Require(const Actor& actor, access::Action action, const access::Target& target) {
  if (access::Allowed(actor.grants, action, target)) return {};
  if (access::RefusalOutsideScope(action) == access::Refusal::kNotFound) {
    return NotFound("không tìm thấy (not found)");
  }
  return Refused(actor, action,
                 target.path.empty() ? "trên toàn hệ thống" : "tại '" + target.path.back() + "'");
}

Status Authorize(Store& store, const Actor& actor, access::Action action,
                 const std::string& org_code, const std::string& term) {
  // A global administrator may do everything everywhere: no lookup, and the use case answers
  // an unknown target itself.
  if (IsGlobalAdministrator(actor)) return {};
  auto target = TargetOf(store, org_code, term);
  if (!target.ok()) return target.error();
  return Require(actor, action, *target);
}

Status RequireSomeScope(const Actor& actor, access::Action action) {
  auto roots = access::ScopeRoots(actor.grants, action);
  if (!roots || !roots->empty()) return {};
  return Refused(actor, action);
}

Result<bool> InScope(Store& store, const Actor& actor, access::Action action,
                     const std::string& org_code) {
  if (IsGlobalAdministrator(actor)) return true;
  auto target = TargetOf(store, org_code);
  if (!target.ok()) {
    if (target.error().code == ErrorCode::kNotFound) return false;
    return target.error();
  }
  return access::Allowed(actor.grants, action, *target);
}

}  // namespace daihoi::app
