// Use case: the inspections of a committee, newest first (app/inspections.h).
#include <utility>
#include <vector>

#include "app/authorize.h"
#include "app/inspections.h"

namespace daihoi::app {

Result<std::vector<InspectionRecord>> ListInspections(Store& store, const Actor& actor,
                                                      const std::string& org_code) {
  // docs/security.md: one committee's inspections need reading it; all of them are filtered by
  // scope.
  if (!org_code.empty()) {
    if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, org_code);
        !allowed.ok())
      return allowed.error();
  }
  if (Status some = RequireSomeScope(actor, access::Action::kReadRegistry); !some.ok())
    return some.error();
  auto all = InspectionsOf(store).Inspections(org_code);
  if (!all.ok() || IsGlobalAdministrator(actor)) return all;
  std::vector<InspectionRecord> visible;
  for (InspectionRecord& record : *all) {
    auto in_scope = InScope(store, actor, access::Action::kReadRegistry, record.org_code);
    if (!in_scope.ok()) return in_scope.error();
    if (*in_scope) visible.push_back(std::move(record));
  }
  return visible;
}

std::string InspectionRoleText(const std::string& role) {
  if (role == "leader") return "Trưởng đoàn";
  if (role == "deputy") return "Phó Trưởng đoàn";
  return "Thành viên";
}

}  // namespace daihoi::app
