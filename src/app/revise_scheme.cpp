// Use case: the next version of a returned scheme, a draft copied from it (app/personnel.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/personnel.h"
#include "app/personnel_common.h"

namespace daihoi::app {

Result<int64_t> ReviseScheme(const PersonnelPorts& ports, const Actor& actor,
                             const std::string& org_code, const std::string& term) {
  if (Status s = Authorize(ports.store, actor, access::Action::kPersonnel, org_code, term); !s) {
    return s.error();
  }
  auto versions = personnel_detail::Versions(ports.personnel, org_code, term);
  if (!versions.ok()) return versions.error();
  const SchemeRecord latest = versions->back();
  if (latest.status != personnel::SchemeStatus::kReturned) {
    Error error(ErrorCode::kConflict,
                "chỉ lập phiên bản mới khi cấp trên đã trả lại đề án; phiên bản " +
                    std::to_string(latest.version) + " đang ở trạng thái \"" +
                    personnel::Label(latest.status) + "\"");
    error.field = "status";
    return error;
  }
  auto nominees = ports.personnel.SchemeNominees(latest.id);
  if (!nominees.ok()) return nominees.error();
  SchemeRecord next = latest;
  next.version = latest.version + 1;
  next.status = personnel::SchemeStatus::kDraft;
  next.created_by = actor.login;
  int64_t id = 0;
  Status s = ports.store.InTransaction([&]() -> Status {
    auto created = ports.personnel.CreateScheme(next);
    if (!created.ok()) return created.error();
    id = *created;
    for (SchemeNomineeRecord nominee : *nominees) {
      nominee.scheme_id = id;
      if (auto added = ports.personnel.AddSchemeNominee(nominee); !added.ok()) {
        return added.error();
      }
    }
    if (Status e = ports.personnel.AddSchemeEvent(
            {0, id, "revise", actor.login, "từ phiên bản " + std::to_string(latest.version), ""});
        !e) {
      return e;
    }
    return RecordChange(ports.store, actor,
                        {"scheme.revise", org_code,
                         ChangeText({{"term", term}, {"version", std::to_string(next.version)}})});
  });
  if (!s) return s.error();
  return id;
}

}  // namespace daihoi::app
