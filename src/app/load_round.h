#pragma once
// Reads what `plan check` and `progress` need from the store: one organization's subtree as an
// OrgTree, the levels and the subtree's congresses.

#include <string>
#include <vector>

#include "app/ports/store.h"
#include "common/result.h"
#include "org/tree.h"
#include "planning/congress.h"

namespace daihoi::cli {

struct SubtreeData {
  std::vector<org::Level> levels;
  org::OrgTree tree;  // the root's subtree; the root is its only top
  std::string root_name;
  std::vector<planning::Congress> congresses;
};

// kInvalidInput naming `field` when `root` is not an organization in the store; storage
// errors as the store reports them.
Result<SubtreeData> LoadSubtree(app::Store& store, const std::string& root,
                                const std::string& field);

}  // namespace daihoi::cli
