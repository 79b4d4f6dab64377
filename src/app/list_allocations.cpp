// Use case: the saved allocations of a convening organization, newest first.
#include "app/allocation.h"
#include "app/authorize.h"
#include "app/authorize_records.h"

namespace daihoi::app {

Result<std::vector<AllocationRecord>> ListAllocations(Store& store, const Actor& actor,
                                                      const std::string& org_code) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, org_code);
      !allowed.ok())
    return allowed.error();
  auto found = store.FindOrganization(org_code);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error = NotFound("không có tổ chức đảng '" + org_code + "' (unknown organization)");
    error.field = "org_code";
    return error;
  }
  return store.Allocations(org_code);
}

}  // namespace daihoi::app
