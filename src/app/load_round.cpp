#include "app/load_round.h"

#include <utility>

#include "app/authorize.h"

namespace daihoi::app {

Result<RoundData> LoadRound(Store& store, const Actor& actor, const std::string& root,
                            const std::string& field) {
  auto found = store.FindOrganization(root);
  if (!found) return found.error();
  if (!*found) {
    Error error = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
    error.field = field;
    return error;
  }
  // docs/security.md: a subtree is read within the actor's scope only.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, root); !allowed.ok())
    return allowed.error();
  auto levels = store.Levels();
  if (!levels) return levels.error();
  auto orgs = store.Subtree(root);
  if (!orgs) return orgs.error();
  // The subtree stands alone: its root's parent lies outside it.
  for (org::Organization& o : *orgs) {
    if (o.code == root) o.parent_code.clear();
  }
  auto tree = org::OrgTree::Build(std::move(*orgs), *levels);
  if (!tree) {
    return StorageError(
        "dữ liệu tổ chức trong cơ sở dữ liệu không nhất quán (inconsistent "
        "organizations): " +
        tree.error().Describe());
  }
  auto congresses = store.Congresses(root);
  if (!congresses) return congresses.error();
  return RoundData{std::move(*levels), std::move(*tree), (*found)->name, std::move(*congresses)};
}

}  // namespace daihoi::app
