// Use case: admissions against the targets of a term, per subtree (app/party_building.h).
#include <map>
#include <unordered_map>

#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {
namespace {

// Whether `code` is `ancestor` or below it, by the parent links of the subtree.
bool Within(const std::unordered_map<std::string, std::string>& parent_of, const std::string& code,
            const std::string& ancestor) {
  for (std::string at = code;;) {
    if (at == ancestor) return true;
    auto parent = parent_of.find(at);
    if (parent == parent_of.end() || parent->second.empty()) return false;
    at = parent->second;
  }
}

}  // namespace

Result<AdmissionsView> ShowAdmissions(Store& store, const Actor& actor, const std::string& root,
                                      const std::string& term) {
  if (root.empty()) return InvalidInput("thiếu mã tổ chức (root is required)", "root");
  if (Status s = building_detail::AuthorizeRoot(store, actor, access::Action::kReadRegistry, root);
      !s) {
    return s.error();
  }
  auto subtree = store.Subtree(root);
  if (!subtree.ok()) return subtree.error();
  std::unordered_map<std::string, std::string> parent_of;
  std::unordered_map<std::string, std::string> name_of;
  for (const org::Organization& o : *subtree) {
    parent_of[o.code] = o.code == root ? std::string() : o.parent_code;
    name_of[o.code] = o.name;
  }
  auto targets = PartyBuildingOf(store).AdmissionTargets(root, term);
  if (!targets.ok()) return targets.error();
  MovementQuery query;
  query.root = root;
  query.kind = building::MovementKind::kAdmission;
  auto records = PartyBuildingOf(store).Movements(query);
  if (!records.ok()) return records.error();

  AdmissionsView view;
  view.root = root;
  view.root_name = name_of[root];
  view.term = term;
  const auto admitted_in = [&](const std::string& org, Date from, Date to) {
    int64_t admitted = 0;
    for (const MovementRecord& record : *records) {
      const building::Movement& m = record.movement;
      if (m.on >= from && m.on <= to && Within(parent_of, m.org_code, org)) admitted += m.count;
    }
    return admitted;
  };
  std::optional<building::AdmissionTarget> root_target;
  std::unordered_map<std::string, int64_t> target_of;
  for (const building::AdmissionTarget& target : *targets) {
    view.targets.push_back(
        {target.org_code, name_of[target.org_code],
         building::ProgressOf(target, admitted_in(target.org_code, target.from, target.to))});
    if (target.org_code == root && !root_target) root_target = target;
  }
  if (!root_target) return view;
  for (const building::AdmissionTarget& target : *targets) {
    if (target.term == root_target->term) target_of[target.org_code] = target.target;
  }
  for (const org::Organization& o : *subtree) {
    if (o.code == root || o.parent_code != root) continue;
    UnitAdmissions unit{o.code, o.name, admitted_in(o.code, root_target->from, root_target->to),
                        std::nullopt};
    if (auto t = target_of.find(o.code); t != target_of.end()) unit.target = t->second;
    view.units.push_back(std::move(unit));
  }
  std::map<int, int64_t> years;
  for (int y = root_target->from.year(); y <= root_target->to.year(); ++y) years[y] = 0;
  for (const MovementRecord& record : *records) {
    const building::Movement& m = record.movement;
    if (m.on >= root_target->from && m.on <= root_target->to) years[m.on.year()] += m.count;
  }
  for (const auto& [year, admitted] : years) view.years.push_back({year, admitted});
  return view;
}

}  // namespace daihoi::app
