// Use case: the units an inspection covers, with their member counts (app/inspections.h).
#include <map>
#include <set>
#include <string>

#include "app/accounts_common.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {
namespace {

// Full members of the organization itself with its subtree (Store::CountsPerLevel).
Result<int64_t> MembersOf(Store& store, const org::Organization& organization) {
  auto counts = store.CountsPerLevel(organization.code);
  if (!counts.ok()) return counts.error();
  for (const org::LevelCount& count : *counts) {
    if (count.level == organization.level) return count.members;
  }
  return int64_t{0};
}

// The direct subordinates with a congress in the term, or all of them when none has one.
Result<std::vector<org::Organization>> DefaultUnits(Store& store, const InspectionRecord& record) {
  OrgQuery query;
  query.parent = record.org_code;
  query.limit = 100000;
  auto page = store.SearchOrganizations(query);
  if (!page.ok()) return page.error();
  std::vector<org::Organization> with_congress;
  for (const org::Organization& child : page->items) {
    auto congress = store.FindCongress(child.code, record.term);
    if (!congress.ok()) return congress.error();
    if (*congress) with_congress.push_back(child);
  }
  if (with_congress.empty()) return std::move(page->items);
  return with_congress;
}

}  // namespace

Result<std::vector<InspectionUnitRecord>> ChooseInspectionUnits(
    Store& store, const Actor& actor, int64_t id, const std::vector<UnitChoice>& units) {
  // docs/security.md: authorized before anything is read or written.
  auto allowed = AuthorizeInspection(store, actor, access::Action::kPlan, id);
  if (!allowed.ok()) return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<std::vector<InspectionUnitRecord>>(
      store, actor,
      {"inspection.units", *allowed,
       ChangeText({{"inspection", std::to_string(id)}, {"units", std::to_string(units.size())}})},
      [&]() -> Result<std::vector<InspectionUnitRecord>> {
        auto loaded = inspection_detail::Load(store, id);
        if (!loaded.ok()) return loaded.error();
        std::map<std::string, std::optional<int64_t>> fixed;
        for (const InspectionUnitRecord& unit : loaded->units)
          fixed[unit.org_code] = unit.fixed_team_id;

        std::vector<std::pair<org::Organization, int>> chosen;
        if (units.empty()) {
          auto defaults = DefaultUnits(store, loaded->record);
          if (!defaults.ok()) return defaults.error();
          if (defaults->empty()) {
            return InvalidInput("tổ chức '" + loaded->record.org_code +
                                    "' không có đơn vị trực thuộc nào (no subordinate units)",
                                "units");
          }
          for (org::Organization& organization : *defaults)
            chosen.push_back({std::move(organization), 1});
        } else {
          std::set<std::string> seen;
          for (size_t k = 0; k < units.size(); ++k) {
            const std::string where = "units[" + std::to_string(k) + "]";
            if (!seen.insert(units[k].org_code).second) {
              return InvalidInput(
                  "đơn vị '" + units[k].org_code + "' được chọn hai lần (listed twice)", where);
            }
            if (units[k].visit_days < 1) {
              return InvalidInput("số ngày làm việc tại đơn vị phải từ 1 trở lên",
                                  where + ".visit_days");
            }
            auto organization = store.FindOrganization(units[k].org_code);
            if (!organization.ok()) return organization.error();
            if (!*organization) {
              return InvalidInput(
                  "không có tổ chức đảng '" + units[k].org_code + "' (unknown organization)",
                  where + ".org_code");
            }
            if ((*organization)->code == loaded->record.org_code) {
              return InvalidInput("tổ chức tiến hành kiểm tra không tự kiểm tra mình",
                                  where + ".org_code");
            }
            chosen.push_back({std::move(**organization), units[k].visit_days});
          }
        }
        std::vector<InspectionUnitRecord> records;
        for (const auto& [organization, days] : chosen) {
          auto members = MembersOf(store, organization);
          if (!members.ok()) return members.error();
          InspectionUnitRecord record;
          record.org_code = organization.code;
          record.name = organization.name;
          record.members = *members;
          record.visit_days = days;
          auto kept = fixed.find(organization.code);
          if (kept != fixed.end()) record.fixed_team_id = kept->second;
          records.push_back(std::move(record));
        }
        if (Status s = InspectionsOf(store).ReplaceUnits(id, records); !s) return s.error();
        return records;
      });
}

}  // namespace daihoi::app
