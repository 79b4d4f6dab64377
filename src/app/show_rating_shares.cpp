// Use case: shares per grade per year of a subtree's ratings, with the top-grade cap's warning
// (app/party_building.h).
#include <set>

#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Result<RatingSharesView> ShowRatingShares(Store& store, const Actor& actor, const std::string& root,
                                          std::optional<int> year,
                                          const building::TopGradeCap& cap) {
  if (Status s = building_detail::AuthorizeRoot(store, actor, access::Action::kReadRegistry, root);
      !s) {
    return s.error();
  }
  if (cap.max_percent < 0 || cap.max_percent > 100) {
    return InvalidInput("mức trần phải từ 0 đến 100 (cap is a percentage)", "cap");
  }
  RatingSharesView view;
  view.root = root;
  view.root_name = root.empty() ? std::string() : building_detail::NameOf(store, root);
  view.cap = cap;
  auto grades = PartyBuildingOf(store).Grades();
  if (!grades.ok()) return grades.error();
  view.grades = *grades;
  // Aggregates only: members' grades are counted, never listed.
  auto ratings = PartyBuildingOf(store).Ratings({root, year, std::nullopt});
  if (!ratings.ok()) return ratings.error();
  std::set<int> years;
  for (const building::Rating& rating : *ratings) years.insert(rating.year);
  if (year) years.insert(*year);
  for (int y : years) {
    for (building::RatedKind kind :
         {building::RatedKind::kOrganization, building::RatedKind::kMember}) {
      view.shares.push_back(building::ComputeShares(*ratings, *grades, y, kind, cap));
    }
  }
  return view;
}

}  // namespace daihoi::app
