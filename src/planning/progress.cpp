#include "planning/progress.h"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

#include "planning/plan.h"

namespace daihoi::planning {
namespace {

enum class State { kHeld, kScheduled, kUnscheduled };

std::optional<Date> PlannedEnd(const Congress& c) {
  return c.planned_end ? c.planned_end : c.planned_start;
}

int PickRoundYear(const std::vector<const org::Organization*>& subtree,
                  const std::unordered_map<std::string, std::vector<const Congress*>>& by_org,
                  Date as_of) {
  std::optional<int> committee;
  std::optional<int> cell;
  for (const org::Organization* o : subtree) {
    auto it = by_org.find(o->code);
    if (it == by_org.end()) continue;
    for (const Congress* c : it->second) {
      auto year = TermStartYear(c->term);
      if (!year || *year > as_of.year() + 1) continue;
      auto& best = o->level == kCellLevel ? cell : committee;
      if (!best || *year > *best) best = year;
    }
  }
  if (committee) return *committee;
  if (cell) return *cell;
  return as_of.year();
}

}  // namespace

Result<Progress> ComputeProgress(const org::OrgTree& tree, const std::vector<org::Level>& levels,
                                 const std::vector<Congress>& congresses, const std::string& root,
                                 Date as_of, const ProgressOptions& options) {
  const org::Organization* root_org = root.empty() ? nullptr : tree.Find(root);
  if (!root.empty() && !root_org) {
    Error e = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
    e.field = "root";
    return e;
  }
  std::map<std::string, int, std::less<>> rank;
  for (const org::Level& level : levels) rank[level.code] = level.rank;
  // The whole country (an empty root) ranks above every level.
  const int root_rank = root_org ? rank[root_org->level] : std::numeric_limits<int>::min();

  std::unordered_map<std::string, std::vector<const Congress*>> by_org;
  for (const Congress& c : congresses) by_org[c.org_code].push_back(&c);
  // Root first, depth-first; for the whole country every top's subtree in turn.
  auto subtree_of = [&tree](const std::string& top) {
    if (!top.empty()) return tree.Subtree(top);
    std::vector<const org::Organization*> out;
    out.reserve(tree.organizations().size());
    for (const org::Organization* t : tree.Roots()) {
      for (const org::Organization* o : tree.Subtree(t->code)) out.push_back(o);
    }
    return out;
  };
  const std::vector<const org::Organization*> subtree = subtree_of(root);

  Progress progress;
  progress.root = root;
  progress.as_of = as_of;
  progress.round_year = options.round_year.value_or(PickRoundYear(subtree, by_org, as_of));

  // The congress of the round for each organization (the first by term if several).
  std::unordered_map<std::string, const Congress*> current;
  for (const org::Organization* o : subtree) {
    const Congress* pick = nullptr;
    for (const Congress* c : by_org[o->code]) {
      if (TermStartYear(c->term) != progress.round_year) continue;
      if (!pick || c->term < pick->term) pick = c;
    }
    current[o->code] = pick;
  }

  auto state_of = [&](const std::string& code) {
    const Congress* c = current[code];
    if (c && c->HeldAsOf(as_of)) return State::kHeld;
    if (c && (c->planned_start || c->planned_end)) return State::kScheduled;
    return State::kUnscheduled;
  };
  auto is_overdue = [&](const std::string& code) {
    const Congress* c = current[code];
    if (state_of(code) != State::kScheduled) return false;
    return *PlannedEnd(*c) < as_of;
  };

  // Rows for the levels below the root within the subtree of `top` (top itself included when
  // it is below the root), ordered by rank.
  auto rows = [&](const std::string& top) {
    std::map<std::pair<int, std::string>, LevelProgress> by_level;
    for (const org::Organization* o : subtree_of(top)) {
      const int r = rank[o->level];
      if (r <= root_rank) continue;
      LevelProgress& row = by_level[{r, o->level}];
      row.level = o->level;
      ++row.total;
      switch (state_of(o->code)) {
        case State::kHeld:
          ++row.held;
          break;
        case State::kScheduled:
          ++row.scheduled;
          break;
        case State::kUnscheduled:
          ++row.unscheduled;
          break;
      }
      if (is_overdue(o->code)) ++row.overdue;
    }
    std::vector<LevelProgress> out;
    for (auto& [key, row] : by_level) out.push_back(std::move(row));
    return out;
  };

  progress.levels = rows(root);
  for (const org::Organization* child : root_org ? tree.Children(root) : tree.Roots()) {
    progress.children.push_back({child->code, child->name, rows(child->code)});
  }

  for (const org::Organization* o : subtree) {
    if (o == root_org) continue;
    const Congress* c = current[o->code];
    if (is_overdue(o->code)) {
      progress.overdue.push_back({o->code, o->name, o->level, c->planned_start, *PlannedEnd(*c)});
    }
    if (state_of(o->code) != State::kScheduled) continue;
    const Congress* parent = current[o->parent_code];
    if (!parent || !parent->planned_start || parent->HeldAsOf(as_of)) continue;
    const Date end = *PlannedEnd(*c);
    const int64_t gap = parent->planned_start->days() - end.days();
    if (gap < options.at_risk_days) {
      progress.at_risk.push_back(
          {o->code, o->name, o->level, end, o->parent_code, *parent->planned_start, gap});
    }
  }
  return progress;
}

}  // namespace daihoi::planning
