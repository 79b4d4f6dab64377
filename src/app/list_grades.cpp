// Use case: the quality grades, best first (app/party_building.h). Reference data of no
// organization: any signed-in reader may read it.
#include "app/authorize.h"
#include "app/party_building.h"

namespace daihoi::app {

Result<std::vector<building::Grade>> ListGrades(Store& store, const Actor& actor) {
  if (Status s = RequireSomeScope(actor, access::Action::kReadRegistry); !s) return s.error();
  return PartyBuildingOf(store).Grades();
}

}  // namespace daihoi::app
