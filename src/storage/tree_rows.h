#pragma once
// Engine-independent pieces of the storage adapters: materialized paths, depth-first order,
// the roll-up behind CountsPerLevel, and the derived keys stored beside names.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "org/organization.h"

namespace daihoi::storage {

// A path is "/id/id/…/id/" from the top down to the organization itself. Every descendant's path
// starts with it, so a subtree is the half-open range [path, PathUpper(path)).
std::string PathUpper(std::string_view path);

// Accent-insensitive search keys: text::Fold of "code name" / "id full_name".
std::string OrgSearchKey(const org::Organization& organization);
std::string MemberSearchKey(const org::Member& member);

// organizations.name_key (migration 16): text::CollationKey of the name, whose bytewise order is
// the Vietnamese order of names. The ICU version the keys are made with, stored beside them.
std::string OrgNameKey(const org::Organization& organization);
std::string NameKeyVersion();

struct OrgRow {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  org::Organization organization;
  // The stored name_key; empty when not stored (computed from the name then).
  std::string name_key;
};

// Depth-first: each top (a row whose parent is not among the rows) followed by its subtree;
// siblings, and tops, in Vietnamese order of name (bytewise order of name keys), then by code.
// Parents before children. The rows may come in any order. A row's parent_code is filled from
// its parent's row when that is among the rows and the row's parent_code is empty; a top keeps
// the parent_code it came with.
std::vector<org::Organization> DepthFirst(std::vector<OrgRow> rows);

struct CountRow {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  std::string level;
  std::optional<int64_t> stated_members;
};

// Members of one organization in the registry (directly attached, not its subtree).
struct RegistryCount {
  int64_t full = 0;
  int64_t any = 0;
};

// The rule documented at app::Store::CountsPerLevel. `rows` are the organizations of the
// subtree with parents before children; `levels` give the output order (by rank). Levels with no
// organization in the subtree are left out.
std::vector<org::LevelCount> RollUpCounts(
    const std::vector<CountRow>& rows, const std::unordered_map<int64_t, RegistryCount>& registry,
    const std::vector<org::Level>& levels);

}  // namespace daihoi::storage
