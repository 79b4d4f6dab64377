// Use case: one organization, when the actor may read it (app/registry.h).
#include <utility>

#include "app/authorize.h"
#include "app/registry.h"

namespace daihoi::app {

Result<org::Organization> ShowOrganization(Store& store, const Actor& actor,
                                           const std::string& code, const std::string& field) {
  auto found = store.FindOrganization(code);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("không có tổ chức đảng '" + code + "' (unknown organization)");
    error.field = field;
    return error;
  }
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, code); !allowed.ok())
    return allowed.error();
  return std::move(**found);
}

}  // namespace daihoi::app
