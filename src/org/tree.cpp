#include "org/tree.h"

#include <map>

namespace daihoi::org {

Result<OrgTree> OrgTree::Build(std::vector<Organization> orgs, const std::vector<Level>& levels) {
  std::map<std::string, int, std::less<>> rank;
  for (const Level& level : levels) rank[level.code] = level.rank;

  OrgTree tree;
  tree.orgs_ = std::move(orgs);
  auto fail = [](size_t i, std::string field, std::string message) {
    Error e = InvalidInput(std::move(message), std::move(field));
    e.row = static_cast<long>(i + 1);
    return e;
  };
  for (size_t i = 0; i < tree.orgs_.size(); ++i) {
    const Organization& o = tree.orgs_[i];
    if (o.code.empty()) return fail(i, "code", "mã tổ chức trống (empty code)");
    if (!rank.contains(o.level)) {
      return fail(i, "level", "cấp không tồn tại (unknown level) '" + o.level + "'");
    }
    if (!tree.index_.emplace(o.code, i).second) {
      return fail(i, "code", "mã tổ chức trùng (duplicate code) '" + o.code + "'");
    }
  }
  tree.children_.assign(tree.orgs_.size(), {});
  for (size_t i = 0; i < tree.orgs_.size(); ++i) {
    const Organization& o = tree.orgs_[i];
    if (o.parent_code.empty()) continue;
    auto parent = tree.index_.find(o.parent_code);
    if (parent == tree.index_.end()) {
      return fail(i, "parent_code", "tổ chức cấp trên không tồn tại (unknown parent) '" +
                                        o.parent_code + "'");
    }
    const Organization& p = tree.orgs_[parent->second];
    if (rank[p.level] >= rank[o.level]) {
      return fail(i, "level", "cấp '" + o.level + "' không thấp hơn cấp của tổ chức cấp trên '" +
                                  p.level + "' (level must rank below its parent's)");
    }
    tree.children_[parent->second].push_back(i);
  }
  // Ranks strictly increase downwards, so a cycle is impossible once the check above passed;
  // the walk below still guards against it for levels given equal ranks by mistake.
  for (size_t i = 0; i < tree.orgs_.size(); ++i) {
    size_t steps = 0;
    for (const Organization* o = &tree.orgs_[i]; !o->parent_code.empty();
         o = &tree.orgs_[tree.index_[o->parent_code]]) {
      if (++steps > tree.orgs_.size()) {
        return fail(i, "parent_code", "vòng lặp cấp trên (cycle) at '" + tree.orgs_[i].code + "'");
      }
    }
  }
  return tree;
}

const Organization* OrgTree::Find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &orgs_[it->second];
}

std::vector<const Organization*> OrgTree::Children(std::string_view code) const {
  std::vector<const Organization*> out;
  auto it = index_.find(std::string(code));
  if (it == index_.end()) return out;
  for (size_t child : children_[it->second]) out.push_back(&orgs_[child]);
  return out;
}

std::vector<const Organization*> OrgTree::Roots() const {
  std::vector<const Organization*> out;
  for (const Organization& o : orgs_) {
    if (o.parent_code.empty()) out.push_back(&o);
  }
  return out;
}

std::vector<const Organization*> OrgTree::Subtree(std::string_view code) const {
  std::vector<const Organization*> out;
  auto it = index_.find(std::string(code));
  if (it == index_.end()) return out;
  std::vector<size_t> stack{it->second};
  while (!stack.empty()) {
    size_t i = stack.back();
    stack.pop_back();
    out.push_back(&orgs_[i]);
    for (auto c = children_[i].rbegin(); c != children_[i].rend(); ++c) stack.push_back(*c);
  }
  return out;
}

std::vector<const Organization*> OrgTree::Ancestors(std::string_view code) const {
  std::vector<const Organization*> out;
  const Organization* o = Find(code);
  while (o && !o->parent_code.empty()) {
    o = Find(o->parent_code);
    if (o) out.push_back(o);
  }
  return out;
}

int64_t OrgTree::Members(std::string_view code) const {
  const Organization* o = Find(code);
  if (!o) return 0;
  if (o->members) return *o->members;
  int64_t sum = 0;
  for (const Organization* child : Children(code)) sum += Members(child->code);
  return sum;
}

}  // namespace daihoi::org
