#include "storage/tree_rows.h"

#include <algorithm>
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

std::vector<org::Organization> DepthFirst(std::vector<OrgRow> rows) {
  const size_t n = rows.size();
  std::unordered_map<int64_t, size_t> index_of;
  index_of.reserve(n);
  for (size_t row_index = 0; row_index < n; ++row_index) index_of[rows[row_index].id] = row_index;

  std::vector<std::string> keys(n);
  for (size_t row_index = 0; row_index < n; ++row_index) {
    keys[row_index] = text::CollationKey(rows[row_index].organization.name);
  }
  auto before = [&](size_t a, size_t b) {
    if (keys[a] != keys[b]) return keys[a] < keys[b];
    return rows[a].organization.code < rows[b].organization.code;
  };

  std::vector<std::vector<size_t>> children(n);
  std::vector<size_t> tops;
  for (size_t row_index = 0; row_index < n; ++row_index) {
    const auto& parent = rows[row_index].parent_id;
    auto it = parent ? index_of.find(*parent) : index_of.end();
    if (it == index_of.end()) {
      tops.push_back(row_index);
    } else {
      children[it->second].push_back(row_index);
    }
  }
  std::sort(tops.begin(), tops.end(), before);
  for (auto& list : children) std::sort(list.begin(), list.end(), before);

  std::vector<org::Organization> out;
  out.reserve(n);
  std::vector<size_t> stack(tops.rbegin(), tops.rend());
  while (!stack.empty()) {
    size_t row_index = stack.back();
    stack.pop_back();
    out.push_back(std::move(rows[row_index].organization));
    const auto& list = children[row_index];
    stack.insert(stack.end(), list.rbegin(), list.rend());
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
