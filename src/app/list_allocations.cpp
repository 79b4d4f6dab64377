// Use case: the saved allocations of a convening organization, newest first.
#include "app/allocation.h"

namespace daihoi::app {

Result<std::vector<AllocationRecord>> ListAllocations(Store& store, const std::string& org_code) {
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
