// Use case: the inspections of a committee, newest first (app/inspections.h).
#include "app/inspections.h"

namespace daihoi::app {

Result<std::vector<InspectionRecord>> ListInspections(Store& store, const std::string& org_code) {
  return InspectionsOf(store).Inspections(org_code);
}

std::string InspectionRoleText(const std::string& role) {
  if (role == "leader") return "Trưởng đoàn";
  if (role == "deputy") return "Phó Trưởng đoàn";
  return "Thành viên";
}

}  // namespace daihoi::app
