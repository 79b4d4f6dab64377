#include "storage/tree_rows.h"

#include <unicode/uvernum.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

#include "text/text.h"

namespace daihoi::storage {

std::string PathUpper(std::string_view path) {
  // Paths end with '/'; '0' is the next byte after '/', and no id starts with a byte below '0'.
  std::string upper(path);
  if (!upper.empty() && upper.back() == '/') {
    upper.back() = '0';
  } else {
    upper.push_back('\x01');
  }
  return upper;
}

std::string OrgSearchKey(const org::Organization& organization) {
  return text::Fold(organization.code + " " + organization.name);
}

std::string MemberSearchKey(const org::Member& member) {
  return text::Fold(member.id + " " + member.full_name);
}

std::string OrgNameKey(const org::Organization& organization) {
  return text::CollationKey(organization.name);
}

std::string NameKeyVersion() { return U_ICU_VERSION; }

std::vector<org::Organization> DepthFirst(std::vector<OrgRow> rows) {
  const size_t n = rows.size();
  constexpr size_t kNone = std::numeric_limits<size_t>::max();
  // Rows by id: a flat table when the ids are dense, as the engines' sequences make them.
  int64_t min_id = std::numeric_limits<int64_t>::max();
  int64_t max_id = std::numeric_limits<int64_t>::min();
  for (const OrgRow& row : rows) {
    min_id = std::min(min_id, row.id);
    max_id = std::max(max_id, row.id);
  }
  const bool flat =
      n > 0 && static_cast<uint64_t>(max_id) - static_cast<uint64_t>(min_id) < 4 * n + 1024;
  std::vector<size_t> slot_of_id;
  std::unordered_map<int64_t, size_t> map_of_id;
  if (flat) {
    slot_of_id.assign(static_cast<size_t>(max_id - min_id) + 1, kNone);
    for (size_t i = 0; i < n; ++i) slot_of_id[static_cast<size_t>(rows[i].id - min_id)] = i;
  } else {
    map_of_id.reserve(n);
    for (size_t i = 0; i < n; ++i) map_of_id.emplace(rows[i].id, i);
  }
  auto row_of = [&](int64_t id) -> size_t {
    if (flat) {
      if (id < min_id || id > max_id) return kNone;
      return slot_of_id[static_cast<size_t>(id - min_id)];
    }
    auto it = map_of_id.find(id);
    return it == map_of_id.end() ? kNone : it->second;
  };

  // Children in one array (by parent, then ordered), tops apart.
  std::vector<size_t> parent(n, kNone);
  std::vector<size_t> first_child(n + 1, 0);
  std::vector<size_t> tops;
  for (size_t i = 0; i < n; ++i) {
    OrgRow& row = rows[i];
    if (row.name_key.empty()) row.name_key = OrgNameKey(row.organization);
    if (row.parent_id) parent[i] = row_of(*row.parent_id);
    if (parent[i] == kNone) {
      tops.push_back(i);
    } else {
      ++first_child[parent[i] + 1];
      if (row.organization.parent_code.empty()) {
        row.organization.parent_code = rows[parent[i]].organization.code;
      }
    }
  }
  for (size_t i = 0; i < n; ++i) first_child[i + 1] += first_child[i];
  std::vector<size_t> children(first_child[n]);
  {
    std::vector<size_t> next(first_child.begin(), first_child.end() - 1);
    for (size_t i = 0; i < n; ++i) {
      if (parent[i] != kNone) children[next[parent[i]]++] = i;
    }
  }
  auto before = [&](size_t a, size_t b) {
    const int by_key = rows[a].name_key.compare(rows[b].name_key);
    if (by_key != 0) return by_key < 0;
    return rows[a].organization.code < rows[b].organization.code;
  };
  std::sort(tops.begin(), tops.end(), before);
  for (size_t i = 0; i < n; ++i) {
    if (first_child[i + 1] - first_child[i] > 1) {
      std::sort(children.begin() + static_cast<std::ptrdiff_t>(first_child[i]),
                children.begin() + static_cast<std::ptrdiff_t>(first_child[i + 1]), before);
    }
  }

  std::vector<org::Organization> out;
  out.reserve(n);
  std::vector<size_t> stack(tops.rbegin(), tops.rend());
  while (!stack.empty()) {
    const size_t i = stack.back();
    stack.pop_back();
    out.push_back(std::move(rows[i].organization));
    for (size_t c = first_child[i + 1]; c-- > first_child[i];) stack.push_back(children[c]);
  }
  return out;
}

std::vector<org::LevelCount> RollUpCounts(
    const std::vector<CountRow>& rows, const std::unordered_map<int64_t, RegistryCount>& registry,
    const std::vector<org::Level>& levels) {
  const size_t n = rows.size();
  std::unordered_map<int64_t, size_t> index_of;
  index_of.reserve(n);
  for (size_t row_index = 0; row_index < n; ++row_index) index_of[rows[row_index].id] = row_index;

  std::vector<int64_t> children_total(n, 0);
  std::vector<char> registry_below(n, 0);  // some member of the subtree is in the registry
  std::vector<int64_t> total(n, 0);
  // Children come after their parent, so a reverse walk finishes every child first.
  for (size_t k = n; k-- > 0;) {
    const CountRow& row = rows[k];
    RegistryCount direct;
    if (auto it = registry.find(row.id); it != registry.end()) direct = it->second;
    bool loaded = registry_below[k] || direct.any > 0;
    if (loaded) {
      total[k] = direct.full + children_total[k];
    } else if (row.stated_members) {
      total[k] = *row.stated_members;
    } else {
      total[k] = children_total[k];
    }
    if (row.parent_id) {
      if (auto it = index_of.find(*row.parent_id); it != index_of.end()) {
        children_total[it->second] += total[k];
        if (loaded) registry_below[it->second] = 1;
      }
    }
  }

  std::unordered_map<std::string, org::LevelCount> per_level;
  for (size_t k = 0; k < n; ++k) {
    org::LevelCount& count = per_level[rows[k].level];
    count.level = rows[k].level;
    count.organizations += 1;
    count.members += total[k];
  }
  std::vector<org::Level> ordered = levels;
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const org::Level& a, const org::Level& b) { return a.rank < b.rank; });
  std::vector<org::LevelCount> out;
  for (const org::Level& level : ordered) {
    if (auto it = per_level.find(level.code); it != per_level.end()) {
      out.push_back(it->second);
      per_level.erase(it);
    }
  }
  // A level code unknown to the levels table cannot exist (foreign key); keep any such rows
  // anyway, in code order, rather than dropping organizations from the totals.
  std::vector<org::LevelCount> rest;
  for (auto& [code, count] : per_level) rest.push_back(count);
  std::sort(rest.begin(), rest.end(),
            [](const org::LevelCount& a, const org::LevelCount& b) { return a.level < b.level; });
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

}  // namespace daihoi::storage
