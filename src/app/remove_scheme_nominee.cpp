// Use case: a nominee taken off a draft scheme's list (app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/personnel.h"
#include "app/personnel_common.h"

namespace daihoi::app {

Status RemoveSchemeNominee(const PersonnelPorts& ports, const Actor& actor,
                           const std::string& org_code, const std::string& term,
                           personnel::SchemeList list, const std::string& member_id) {
  if (Status s = Authorize(ports.store, actor, access::Action::kPersonnel, org_code, term); !s) {
    return s;
  }
  auto versions = personnel_detail::Versions(ports.personnel, org_code, term);
  if (!versions.ok()) return versions.error();
  const SchemeRecord& scheme = versions->back();
  if (Status s = personnel_detail::RequireDraft(scheme); !s) return s;
  return ports.store.InTransaction([&]() -> Status {
    auto removed = ports.personnel.RemoveSchemeNominee(scheme.id, list, member_id);
    if (!removed.ok()) return removed.error();
    if (!*removed) {
      Error error = NotFound("đảng viên " + member_id + " không có trong danh sách của đề án");
      error.field = "member_id";
      return error;
    }
    return RecordChange(ports.store, actor,
                        {"scheme.remove_nominee", org_code,
                         ChangeText({{"term", term},
                                     {"version", std::to_string(scheme.version)},
                                     {"list", personnel::ToString(list)},
                                     {"member_id", member_id}})});
  });
}

}  // namespace daihoi::app
