#pragma once
// Use case: read what a congress round's checks and rollups need from the store — one
// organization's subtree as an OrgTree, the levels and the subtree's congresses. Used by
// `daihoi plan check`, `daihoi progress` and the API's /progress, /congresses.

#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/ports/store.h"
#include "common/result.h"
#include "org/tree.h"
#include "planning/congress.h"

namespace daihoi::app {

struct RoundData {
  std::vector<org::Level> levels;
  org::OrgTree tree;  // the root's subtree; the root is its only top
  std::string root_name;
  std::vector<planning::Congress> congresses;  // every congress of the subtree, every term
};

// kNotFound with `field` set when `root` is not an organization in the store (the CLI exits 2,
// the API answers 404); storage errors as the store reports them.
Result<RoundData> LoadRound(Store& store, const Actor& actor, const std::string& root,
                            const std::string& field);

}  // namespace daihoi::app
