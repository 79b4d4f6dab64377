// Use case: the communication items of a subtree within a period (app/party_building.h).
#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Result<std::vector<CommunicationRecord>> ListCommunication(Store& store, const Actor& actor,
                                                           const CommunicationQuery& query) {
  if (Status s =
          building_detail::AuthorizeRoot(store, actor, access::Action::kReadRegistry, query.root);
      !s) {
    return s.error();
  }
  if (query.from && query.to && *query.to < *query.from) {
    return InvalidInput("ngày kết thúc trước ngày bắt đầu (to is before from)", "to");
  }
  return PartyBuildingOf(store).CommunicationItems(query);
}

}  // namespace daihoi::app
