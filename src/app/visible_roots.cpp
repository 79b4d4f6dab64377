// Use case: where the actor's tree starts (app/registry.h).
#include <algorithm>
#include <utility>
#include <vector>

#include "app/authorize.h"
#include "app/registry.h"
#include "text/text.h"

namespace daihoi::app {

Result<std::vector<org::Organization>> VisibleRoots(Store& store, const Actor& actor) {
  std::vector<org::Organization> roots;
  auto scope = access::ScopeRoots(actor.grants, access::Action::kReadRegistry);
  if (!scope) {
    auto all = store.Roots();
    if (!all.ok()) return all.error();
    roots = std::move(*all);
  } else if (scope->empty()) {
    return Refused(actor, access::Action::kReadRegistry);
  } else {
    for (const std::string& code : *scope) {
      auto target = TargetOf(store, code);
      if (!target.ok()) {
        if (target.error().code == ErrorCode::kNotFound) continue;
        return target.error();
      }
      // Nested grants show once, at the outermost.
      bool nested = std::any_of(scope->begin(), scope->end(), [&](const std::string& other) {
        return other != code &&
               std::find(target->path.begin(), target->path.end(), other) != target->path.end();
      });
      if (nested) continue;
      auto found = store.FindOrganization(code);
      if (!found.ok()) return found.error();
      if (*found) roots.push_back(std::move(**found));
    }
  }
  std::sort(roots.begin(), roots.end(), [](const org::Organization& a, const org::Organization& b) {
    return text::Compare(a.name, b.name) < 0;
  });
  return roots;
}

}  // namespace daihoi::app
