// Use case: an organization's admission target for a term (app/party_building.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Status SetAdmissionTarget(Store& store, const Actor& actor,
                          const building::AdmissionTarget& target) {
  const auto errors = building::ValidateAdmissionTarget(target);
  if (!errors.empty()) return errors.front();
  if (Status s = building_detail::AuthorizeRoot(store, actor, access::Action::kWriteRegistry,
                                                target.org_code, "org_code");
      !s) {
    return s;
  }
  return store.InTransaction([&]() -> Status {
    if (Status s = PartyBuildingOf(store).SetAdmissionTarget(target); !s) return s;
    return RecordChange(store, actor,
                        {"admission.target", target.org_code,
                         ChangeText({{"term", target.term},
                                     {"from", target.from.ToIso()},
                                     {"to", target.to.ToIso()},
                                     {"target", std::to_string(target.target)}})});
  });
}

}  // namespace daihoi::app
