// Use case: full members of each direct subordinate unit as of a date (R-ALLOCATION inputs).
#include <functional>
#include <unordered_map>

#include "app/allocation.h"
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/ports/party_building_store.h"

namespace daihoi::app {
namespace {

struct Tally {
  int64_t full = 0;             // full members attached here, as of the date
  bool registry_below = false;  // some member of this subtree is in the registry
};

struct Count {
  int64_t members = 0;
  bool used_registry = false;
  bool used_stated = false;
};

}  // namespace

Result<std::vector<AllocationUnit>> CountUnits(Store& store, const Actor& actor,
                                               const std::string& org_code, Date as_of) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, org_code);
      !allowed.ok())
    return allowed.error();
  auto subtree = store.Subtree(org_code);
  if (!subtree.ok()) return subtree.error();
  if (subtree->empty()) {
    Error error = NotFound("không có tổ chức đảng '" + org_code + "' (unknown organization)");
    error.field = "org_code";
    return error;
  }
  std::unordered_map<std::string, const org::Organization*> by_code;
  std::unordered_map<std::string, std::vector<const org::Organization*>> children;
  for (const auto& organization : *subtree) {
    by_code[organization.code] = &organization;
    if (organization.code != org_code) children[organization.parent_code].push_back(&organization);
  }
  auto direct = children.find(org_code);
  if (direct == children.end()) {
    return InvalidInput("tổ chức '" + org_code +
                            "' không có tổ chức đảng trực thuộc để phân bổ đại biểu "
                            "(no subordinate units)",
                        "org_code");
  }

  std::unordered_map<std::string, Tally> tallies;
  Status streamed = store.ForEachMember(org_code, [&](const org::Member& member) {
    // Marks the member's organization and every ancestor up to the convening one.
    auto it = by_code.find(member.org_code);
    if (it == by_code.end()) return;
    Tally& own = tallies[member.org_code];
    const bool full_as_of = member.status == org::MemberStatus::kFull &&
                            (!member.full_member_date || *member.full_member_date <= as_of);
    if (full_as_of) ++own.full;
    for (const org::Organization* at = it->second; at != nullptr;) {
      tallies[at->code].registry_below = true;
      if (at->code == org_code) break;
      auto parent = by_code.find(at->parent_code);
      at = parent == by_code.end() ? nullptr : parent->second;
    }
  });
  if (!streamed) return streamed.error();

  // A unit with member movements below it counts from them as of the date (full members;
  // building::CountSubtree, docs/party-building.md): the history, not a stated figure.
  std::unordered_map<std::string, building::MemberCount> moved;
  if (auto* movement_store = dynamic_cast<PartyBuildingStore*>(&store)) {
    auto records = movement_store->Movements({org_code, std::nullopt, as_of, std::nullopt});
    if (!records.ok()) return records.error();
    std::vector<building::Movement> movements;
    for (MovementRecord& record : *records) movements.push_back(std::move(record.movement));
    if (!movements.empty()) {
      for (building::MemberCount& c : building::CountSubtree(*subtree, movements, as_of)) {
        if (c.has_movements) moved.emplace(c.org_code, std::move(c));
      }
    }
  }

  // members(X), the rule of Store::CountsPerLevel with the registry taken as of the date.
  std::function<Count(const org::Organization&)> count = [&](const org::Organization& at) {
    Count out;
    if (auto m = moved.find(at.code); m != moved.end()) {
      out.members = m->second.subtree.full();
      out.used_registry = true;  // recorded history, as the registry
      return out;
    }
    auto tally = tallies.find(at.code);
    const bool registry = tally != tallies.end() && tally->second.registry_below;
    if (!registry && at.members) {
      out.members = *at.members;
      out.used_stated = true;
      return out;
    }
    if (registry) {
      out.members = tally->second.full;
      out.used_registry = true;
    }
    auto kids = children.find(at.code);
    if (kids != children.end()) {
      for (const org::Organization* child : kids->second) {
        Count below = count(*child);
        out.members += below.members;
        out.used_registry = out.used_registry || below.used_registry;
        out.used_stated = out.used_stated || below.used_stated;
      }
    }
    return out;
  };

  std::vector<AllocationUnit> units;
  for (const org::Organization* unit_org : direct->second) {
    Count counted = count(*unit_org);
    AllocationUnit unit;
    unit.org_code = unit_org->code;
    unit.name = unit_org->name;
    unit.members = counted.members;
    unit.source = counted.used_registry
                      ? (counted.used_stated ? MemberSource::kMixed : MemberSource::kRegistry)
                      : MemberSource::kStated;
    units.push_back(std::move(unit));
  }
  return units;
}

}  // namespace daihoi::app
