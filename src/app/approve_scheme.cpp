// Use case: the superior committee approves the submitted scheme (app/personnel.h).
#include "app/personnel.h"
#include "app/personnel_common.h"

namespace daihoi::app {

Status ApproveScheme(const PersonnelPorts& ports, const Actor& actor, const std::string& org_code,
                     const std::string& term, const std::string& comment) {
  auto superior = personnel_detail::SuperiorOf(ports.store, org_code);
  if (!superior.ok()) return superior.error();
  return personnel_detail::Step(ports, actor, org_code, term, personnel::SchemeAction::kApprove,
                                comment, *superior);
}

}  // namespace daihoi::app
