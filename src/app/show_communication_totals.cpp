// Use case: communication totals of a subtree and period, with each direct subordinate unit's
// (app/party_building.h).
#include <unordered_map>

#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Result<CommunicationView> ShowCommunicationTotals(Store& store, const Actor& actor,
                                                  const std::string& root, std::optional<Date> from,
                                                  std::optional<Date> to) {
  if (root.empty()) return InvalidInput("thiếu mã tổ chức (root is required)", "root");
  if (Status s = building_detail::AuthorizeRoot(store, actor, access::Action::kReadRegistry, root);
      !s) {
    return s.error();
  }
  if (from && to && *to < *from) {
    return InvalidInput("ngày kết thúc trước ngày bắt đầu (to is before from)", "to");
  }
  auto subtree = store.Subtree(root);
  if (!subtree.ok()) return subtree.error();
  auto records = PartyBuildingOf(store).CommunicationItems({root, from, to, std::nullopt});
  if (!records.ok()) return records.error();

  // Each organization's direct unit of the root (the root itself for its own items).
  std::unordered_map<std::string, std::string> unit_of;
  std::vector<std::string> units = {root};
  for (const org::Organization& o : *subtree) {
    if (o.code == root) {
      unit_of[o.code] = root;
    } else if (o.parent_code == root) {
      unit_of[o.code] = o.code;
      units.push_back(o.code);
    } else {
      auto parent = unit_of.find(o.parent_code);
      unit_of[o.code] = parent == unit_of.end() ? root : parent->second;
    }
  }
  std::unordered_map<std::string, std::vector<building::CommunicationItem>> by_unit;
  std::vector<building::CommunicationItem> all;
  for (CommunicationRecord& record : *records) {
    by_unit[unit_of[record.item.org_code]].push_back(record.item);
    all.push_back(std::move(record.item));
  }
  CommunicationView view;
  view.root = root;
  view.from = from;
  view.to = to;
  view.totals = building::TotalsOf(all);
  for (const org::Organization& o : *subtree) {
    if (o.code == root) view.root_name = o.name;
  }
  for (const std::string& code : units) {
    auto items = by_unit.find(code);
    if (items == by_unit.end()) continue;  // units without items are left out
    view.units.push_back(
        {code, building_detail::NameOf(store, code), building::TotalsOf(items->second)});
  }
  return view;
}

}  // namespace daihoi::app
