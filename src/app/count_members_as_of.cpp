// Use case: member counts as of a date from the movements (building::CountSubtree), for each
// organization of a subtree (app/party_building.h).
#include <unordered_map>

#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Result<MemberCountsView> CountMembersAsOf(Store& store, const Actor& actor, const std::string& root,
                                          Date as_of, int probation_months) {
  if (root.empty()) return InvalidInput("thiếu mã tổ chức (root is required)", "root");
  if (Status s = building_detail::AuthorizeRoot(store, actor, access::Action::kReadRegistry, root);
      !s) {
    return s.error();
  }
  if (probation_months < 0 || probation_months > 60) {
    return InvalidInput("thời gian dự bị không hợp lệ (probation months 0–60)", "probation");
  }
  auto subtree = store.Subtree(root);
  if (!subtree.ok()) return subtree.error();
  MovementQuery query;
  query.root = root;
  query.to = as_of;
  auto records = PartyBuildingOf(store).Movements(query);
  if (!records.ok()) return records.error();
  std::vector<building::Movement> movements;
  movements.reserve(records->size());
  for (MovementRecord& record : *records) movements.push_back(std::move(record.movement));
  const auto counts = building::CountSubtree(*subtree, movements, as_of, probation_months);
  MemberCountsView view;
  view.root = root;
  view.as_of = as_of;
  view.probation_months = probation_months;
  std::unordered_map<std::string, int> depth;
  for (size_t i = 0; i < subtree->size(); ++i) {
    const org::Organization& organization = (*subtree)[i];
    auto parent = depth.find(organization.parent_code);
    const int d = (i == 0 || parent == depth.end()) ? 0 : parent->second + 1;
    depth[organization.code] = d;
    view.rows.push_back({organization.code, organization.name, organization.level, d, counts[i]});
  }
  return view;
}

}  // namespace daihoi::app
