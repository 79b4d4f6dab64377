// Use case: organizations by name or code within the actor's scope (app/registry.h).
#include "app/authorize.h"
#include "app/registry.h"

namespace daihoi::app {

Result<Page<org::Organization>> SearchOrganizations(Store& store, const Actor& actor,
                                                    OrgQuery query) {
  auto root = ScopedRoot(store, actor, access::Action::kReadRegistry, query.root, "root");
  if (!root.ok()) return root.error();
  query.root = *root;
  if (!query.parent.empty()) {
    auto parent = ShowOrganization(store, actor, query.parent, "parent");
    if (!parent.ok()) return parent.error();
  }
  return store.SearchOrganizations(query);
}

}  // namespace daihoi::app
