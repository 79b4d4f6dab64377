// Use case: the movements of a subtree within a period (app/party_building.h).
#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Result<std::vector<MovementRecord>> ListMovements(Store& store, const Actor& actor,
                                                  const MovementQuery& query) {
  if (Status s =
          building_detail::AuthorizeRoot(store, actor, access::Action::kReadRegistry, query.root);
      !s) {
    return s.error();
  }
  return PartyBuildingOf(store).Movements(query);
}

}  // namespace daihoi::app
