// Use case: party members by name or id within the actor's scope, each with the personal fields
// its reader may see (app/registry.h).
#include <map>
#include <string>
#include <utility>

#include "app/authorize.h"
#include "app/registry.h"

namespace daihoi::app {

Result<Page<VisibleMember>> SearchMembers(Store& store, const Actor& actor, MemberQuery query) {
  auto root = ScopedRoot(store, actor, access::Action::kReadRegistry, query.root, "root");
  if (!root.ok()) return root.error();
  query.root = *root;
  if (query.status) {
    // A status is a personal field: filtering by it would show it.
    if (Status allowed = Authorize(store, actor, access::Action::kReadPersonalFields, query.root);
        !allowed.ok())
      return allowed.error();
  }
  auto page = store.SearchMembers(query);
  if (!page.ok()) return page.error();
  Page<VisibleMember> out;
  out.total = page->total;
  // One decision per organization: a page holds few of them.
  std::map<std::string, access::PersonalFields> by_org;
  for (org::Member& member : page->items) {
    auto known = by_org.find(member.org_code);
    if (known == by_org.end()) {
      access::PersonalFields fields{true, true, true};
      if (!IsGlobalAdministrator(actor)) {
        auto target = TargetOf(store, member.org_code);
        if (!target.ok()) return target.error();
        fields = access::VisiblePersonalFields(actor.grants, *target);
      }
      known = by_org.emplace(member.org_code, fields).first;
    }
    out.items.push_back({std::move(member), known->second});
  }
  return out;
}

}  // namespace daihoi::app
