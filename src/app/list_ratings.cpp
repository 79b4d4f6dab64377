// Use case: the ratings of a subtree; members' ratings only for a reader of personal fields
// (app/party_building.h).
#include "app/authorize.h"
#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Result<std::vector<building::Rating>> ListRatings(Store& store, const Actor& actor,
                                                  const RatingQuery& query) {
  const bool members_asked = query.kind == building::RatedKind::kMember;
  const access::Action action =
      members_asked ? access::Action::kReadPersonalFields : access::Action::kReadRegistry;
  if (Status s = building_detail::AuthorizeRoot(store, actor, action, query.root); !s) {
    return s.error();
  }
  RatingQuery asked = query;
  bool drop_members = false;
  if (!query.kind) {
    auto personal =
        building_detail::AllowedAt(store, actor, access::Action::kReadPersonalFields, query.root);
    if (!personal.ok()) return personal.error();
    drop_members = !*personal && !IsGlobalAdministrator(actor);
    if (drop_members) asked.kind = building::RatedKind::kOrganization;
  }
  return PartyBuildingOf(store).Ratings(asked);
}

}  // namespace daihoi::app
