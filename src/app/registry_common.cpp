#include <algorithm>
#include <string>
#include <vector>

#include "app/authorize.h"
#include "app/registry.h"

namespace daihoi::app {

Result<std::string> ScopedRoot(Store& store, const Actor& actor, access::Action action,
                               const std::string& requested, const std::string& field) {
  if (!requested.empty()) {
    auto found = store.FindOrganization(requested);
    if (!found.ok()) return found.error();
    if (!*found) {
      Error error = NotFound("không có tổ chức đảng '" + requested + "' (unknown organization)");
      error.field = field;
      return error;
    }
    if (Status allowed = Authorize(store, actor, action, requested); !allowed.ok())
      return allowed.error();
    return requested;
  }
  auto roots = access::ScopeRoots(actor.grants, action);
  if (!roots) return std::string();  // a global grant: everything
  // Nested roots merge into the outermost.
  std::vector<std::string> outermost;
  for (const std::string& root : *roots) {
    auto target = TargetOf(store, root);
    if (!target.ok()) {
      if (target.error().code == ErrorCode::kNotFound) continue;  // a grant of a removed unit
      return target.error();
    }
    bool nested = false;
    for (const std::string& other : *roots) {
      if (other != root &&
          std::find(target->path.begin(), target->path.end(), other) != target->path.end()) {
        nested = true;
      }
    }
    if (!nested) outermost.push_back(root);
  }
  if (outermost.empty()) {
    return Refused(actor, action);
  }
  if (outermost.size() > 1) {
    return InvalidInput(
        "hãy chọn một tổ chức trong phạm vi của mình (name an organization of your "
        "scope)",
        field);
  }
  return outermost.front();
}

}  // namespace daihoi::app
