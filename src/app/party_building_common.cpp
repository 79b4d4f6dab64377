#include "app/party_building_common.h"

#include <algorithm>

#include "app/authorize.h"

namespace daihoi::app::building_detail {

Status AuthorizeRoot(Store& store, const Actor& actor, access::Action action,
                     const std::string& root, const std::string& field) {
  if (!root.empty()) {
    auto organization = store.FindOrganization(root);
    if (!organization.ok()) return organization.error();
    if (!organization->has_value()) {
      Error error = NotFound("không có tổ chức đảng '" + root + "' (unknown organization)");
      error.field = field;
      return error;
    }
  }
  return Authorize(store, actor, action, root);
}

Result<bool> AllowedAt(Store& store, const Actor& actor, access::Action action,
                       const std::string& root) {
  auto target = TargetOf(store, root);
  if (!target.ok()) {
    if (target.error().code == ErrorCode::kNotFound) return false;
    return target.error();
  }
  return access::Allowed(actor.grants, action, *target);
}

Result<BatchOrganizations> CheckBatch(Store& store, const Actor& actor, access::Action action,
                                      const std::vector<std::string>& codes) {
  BatchOrganizations out;
  std::set<std::string> distinct(codes.begin(), codes.end());
  distinct.erase("");
  std::vector<std::string> common;  // path from the top
  bool first = true;
  for (const std::string& code : distinct) {
    auto target = TargetOf(store, code);
    if (!target.ok()) {
      if (target.error().code != ErrorCode::kNotFound) return target.error();
      out.unknown.insert(code);
      continue;
    }
    if (Status allowed = Require(actor, action, *target); !allowed) return allowed.error();
    if (first) {
      common = target->path;
      first = false;
    } else {
      size_t n = 0;
      while (n < common.size() && n < target->path.size() && common[n] == target->path[n]) ++n;
      common.resize(n);
    }
  }
  if (!common.empty()) out.common = common.back();
  return out;
}

std::string NameOf(Store& store, const std::string& code) {
  auto organization = store.FindOrganization(code);
  if (organization.ok() && organization->has_value()) return (*organization)->name;
  return code;
}

}  // namespace daihoi::app::building_detail
