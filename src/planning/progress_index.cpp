#include "planning/progress_index.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <optional>

namespace daihoi::planning {
namespace {

std::optional<Date> DateOf(int32_t days, int32_t none) {
  if (days == none) return std::nullopt;
  return Date::FromDays(days);
}

}  // namespace

std::unordered_map<std::string, int32_t> ProgressIndex::SetLevels(
    const std::vector<org::Level>& levels) {
  levels_ = levels;
  // Level slots in the order the rows come out: by rank, then by code (as the std::map keyed on
  // (rank, code) of ComputeProgress orders them).
  std::vector<std::pair<int, std::string>> slots;
  for (const org::Level& level : levels) slots.emplace_back(level.rank, level.code);
  std::sort(slots.begin(), slots.end());
  slots.erase(std::unique(slots.begin(), slots.end(),
                          [](const auto& a, const auto& b) { return a.second == b.second; }),
              slots.end());
  std::unordered_map<std::string, int32_t> slot_of;
  for (const auto& [rank, code] : slots) {
    slot_of.emplace(code, static_cast<int32_t>(level_code_.size()));
    level_code_.push_back(code);
    level_rank_.push_back(rank);
  }
  return slot_of;
}

void ProgressIndex::Reserve(size_t nodes) {
  code_.reserve(nodes);
  name_.reserve(nodes);
  level_.reserve(nodes);
  parent_.reserve(nodes);
  size_t slots = 16;
  while (slots < 2 * nodes) slots *= 2;
  table_.assign(slots, 0);
}

int32_t ProgressIndex::Find(std::string_view code) const {
  if (table_.empty()) return kNone;
  const size_t mask = table_.size() - 1;
  for (size_t at = std::hash<std::string_view>{}(code)&mask;; at = (at + 1) & mask) {
    const int32_t entry = table_[at];
    if (entry == 0) return kNone;
    if (code_[entry - 1] == code) return entry - 1;
  }
}

void ProgressIndex::Insert(int32_t node) {
  const size_t mask = table_.size() - 1;
  size_t at = std::hash<std::string_view>{}(code_[node]) & mask;
  while (table_[at] != 0) at = (at + 1) & mask;
  table_[at] = node + 1;
}

void ProgressIndex::AddNode(std::string code, std::string name, int32_t slot, int32_t parent) {
  const auto node = static_cast<int32_t>(code_.size());
  code_.push_back(std::move(code));
  name_.push_back(std::move(name));
  level_.push_back(slot);
  parent_.push_back(parent);
  if (parent == kNone) tops_.push_back(node);
  Insert(node);
}

void ProgressIndex::AddCongresses(const std::vector<Congress>& congresses) {
  // Preorder: a node's subtree is the node and the sizes of its children's subtrees after it.
  const auto count = static_cast<int32_t>(code_.size());
  std::vector<int32_t> size(count, 1);
  for (int32_t i = count - 1; i > 0; --i) {
    if (parent_[i] != kNone) size[parent_[i]] += size[i];
  }
  end_.resize(count);
  for (int32_t i = 0; i < count; ++i) end_[i] = i + size[i];

  // Congresses per node (a counting sort, input order kept within a node), then sorted by (start
  // year, term) keeping that order among equals: the first of a year is the round's congress of
  // the organization.
  std::vector<int32_t> node_of(congresses.size(), kNone);
  entry_begin_.assign(static_cast<size_t>(count) + 1, 0);
  for (size_t k = 0; k < congresses.size(); ++k) {
    node_of[k] = Find(congresses[k].org_code);
    if (node_of[k] != kNone) ++entry_begin_[node_of[k] + 1];
  }
  for (int32_t i = 0; i < count; ++i) entry_begin_[i + 1] += entry_begin_[i];
  std::vector<const Congress*> sorted(entry_begin_[count]);
  std::vector<int32_t> next(entry_begin_.begin(), entry_begin_.end() - 1);
  for (size_t k = 0; k < congresses.size(); ++k) {
    if (node_of[k] != kNone) sorted[next[node_of[k]]++] = &congresses[k];
  }
  auto days = [](const std::optional<Date>& d) {
    return d ? static_cast<int32_t>(d->days()) : kNoDate;
  };
  entries_.resize(sorted.size());
  std::vector<int32_t> years(sorted.size());
  for (size_t e = 0; e < sorted.size(); ++e) {
    const auto year = TermStartYear(sorted[e]->term);
    years[e] = year ? *year : INT32_MIN;
  }
  std::vector<size_t> order;
  for (int32_t i = 0; i < count; ++i) {
    const auto first = static_cast<size_t>(entry_begin_[i]);
    const auto last = static_cast<size_t>(entry_begin_[i + 1]);
    order.clear();
    for (size_t e = first; e < last; ++e) order.push_back(e);
    if (order.size() > 1) {
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (years[a] != years[b]) return years[a] < years[b];
        return sorted[a]->term < sorted[b]->term;
      });
    }
    for (size_t k = 0; k < order.size(); ++k) {
      const Congress& c = *sorted[order[k]];
      Entry& e = entries_[first + k];
      e.year = years[order[k]];
      e.planned_start = days(c.planned_start);
      e.planned_end = days(c.planned_end ? c.planned_end : c.planned_start);
      e.held_end = days(c.held_end);
    }
  }
}

ProgressIndex ProgressIndex::Build(const org::OrgTree& tree, const std::vector<org::Level>& levels,
                                   const std::vector<Congress>& congresses) {
  ProgressIndex index;
  const auto slot_of = index.SetLevels(levels);
  index.Reserve(tree.organizations().size());
  for (const org::Organization* top : tree.Roots()) {
    for (const org::Organization* o : tree.Subtree(top->code)) {
      auto slot = slot_of.find(o->level);
      const int32_t parent = o->parent_code.empty() ? kNone : index.Find(o->parent_code);
      index.AddNode(o->code, o->name, slot == slot_of.end() ? 0 : slot->second, parent);
    }
  }
  index.AddCongresses(congresses);
  return index;
}

Result<ProgressIndex> ProgressIndex::BuildDepthFirst(std::vector<org::Organization> orgs,
                                                     const std::vector<org::Level>& levels,
                                                     const std::vector<Congress>& congresses) {
  ProgressIndex index;
  const auto slot_of = index.SetLevels(levels);
  index.Reserve(orgs.size());
  auto fail = [](size_t i, std::string field, std::string message) {
    Error e = InvalidInput(std::move(message), std::move(field));
    e.row = static_cast<long>(i + 1);
    return e;
  };
  std::vector<int32_t> path;  // the ancestors of the next node, top first
  for (size_t i = 0; i < orgs.size(); ++i) {
    org::Organization& o = orgs[i];
    if (o.code.empty()) return fail(i, "code", "mã tổ chức trống (empty code)");
    auto slot = slot_of.find(o.level);
    if (slot == slot_of.end()) {
      return fail(i, "level", "cấp không tồn tại (unknown level) '" + o.level + "'");
    }
    if (index.Find(o.code) != kNone) {
      return fail(i, "code", "mã tổ chức trùng (duplicate code) '" + o.code + "'");
    }
    int32_t parent = kNone;
    if (!o.parent_code.empty()) {
      parent = index.Find(o.parent_code);
      if (parent == kNone) {
        return fail(i, "parent_code",
                    "tổ chức cấp trên không tồn tại hoặc đứng sau (unknown or later parent) '" +
                        o.parent_code + "'");
      }
      if (index.level_rank_[index.level_[parent]] >= index.level_rank_[slot->second]) {
        return fail(i, "level",
                    "cấp '" + o.level + "' không thấp hơn cấp của tổ chức cấp trên '" +
                        index.level_code_[index.level_[parent]] +
                        "' (level must rank below its parent's)");
      }
      while (!path.empty() && path.back() != parent) path.pop_back();
      if (path.empty()) {
        return fail(i, "parent_code",
                    "tổ chức nằm ngoài cây con của cấp trên (not in its parent's subtree) '" +
                        o.code + "'");
      }
    } else {
      path.clear();
    }
    path.push_back(static_cast<int32_t>(index.code_.size()));
    index.AddNode(std::move(o.code), std::move(o.name), slot->second, parent);
  }
  index.AddCongresses(congresses);
  return index;
}

const std::string* ProgressIndex::Name(std::string_view code) const {
  const int32_t node = Find(code);
  return node == kNone ? nullptr : &name_[node];
}

const std::string* ProgressIndex::ParentName(std::string_view code) const {
  static const std::string kEmpty;
  const int32_t node = Find(code);
  if (node == kNone) return nullptr;
  const int32_t parent = parent_[node];
  return parent == kNone ? &kEmpty : &name_[parent];
}

int32_t ProgressIndex::Pick(int32_t node, int year) const {
  for (int32_t e = entry_begin_[node]; e < entry_begin_[node + 1]; ++e) {
    if (entries_[e].year == year) return e;
    if (entries_[e].year > year) break;
  }
  return kNone;
}

Result<ProgressIndex::Answer> ProgressIndex::Compute(const std::string& root, Date as_of,
                                                     const ProgressOptions& options,
                                                     const Plan* plan) const {
  int32_t begin = 0;
  auto end = static_cast<int32_t>(code_.size());
  int32_t root_node = kNone;
  if (!root.empty()) {
    root_node = Find(root);
    if (root_node == kNone) {
      Error e = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
      e.field = "root";
      return e;
    }
    begin = root_node;
    end = end_[root_node];
  }
  const int root_rank = root_node == kNone ? INT_MIN : level_rank_[level_[root_node]];
  const auto today = static_cast<int32_t>(as_of.days());
  const size_t slots = level_code_.size();

  Answer answer;
  Progress& progress = answer.progress;
  progress.root = root;
  progress.as_of = as_of;
  if (options.round_year) {
    progress.round_year = *options.round_year;
  } else {
    // As PickRoundYear: the latest committee term start at most next year, else a cell's.
    int committee = INT_MIN;
    int cell = INT_MIN;
    const int limit = as_of.year() + 1;
    for (int32_t i = begin; i < end; ++i) {
      const bool is_cell = level_code_[level_[i]] == kCellLevel;
      for (int32_t e = entry_begin_[i]; e < entry_begin_[i + 1]; ++e) {
        const int year = entries_[e].year;
        if (year == INT32_MIN || year > limit) continue;
        int& best = is_cell ? cell : committee;
        best = std::max(best, year);
      }
    }
    progress.round_year = committee != INT_MIN ? committee : cell != INT_MIN ? cell : as_of.year();
  }
  const int year = progress.round_year;

  // The round's congress of each node of the range, and its state.
  enum : uint8_t { kHeld, kScheduled, kUnscheduled };
  std::vector<int32_t> current(end - begin);
  std::vector<uint8_t> state(end - begin);
  for (int32_t i = begin; i < end; ++i) {
    const int32_t e = Pick(i, year);
    current[i - begin] = e;
    if (e == kNone) {
      state[i - begin] = kUnscheduled;
    } else if (entries_[e].held_end != kNoDate && entries_[e].held_end <= today) {
      state[i - begin] = kHeld;
    } else if (entries_[e].planned_end != kNoDate) {
      state[i - begin] = kScheduled;
    } else {
      state[i - begin] = kUnscheduled;
    }
  }
  auto overdue = [&](int32_t i) {
    return state[i - begin] == kScheduled && entries_[current[i - begin]].planned_end < today;
  };

  // Progress: the rows of the root and of the child whose subtree the walk is in, in one pass.
  std::vector<LevelProgress> rows(slots);
  std::vector<LevelProgress> child_rows(slots);
  auto flush = [&](std::vector<LevelProgress>& by_slot) {
    std::vector<LevelProgress> out;
    for (size_t s = 0; s < slots; ++s) {
      if (by_slot[s].total == 0) continue;
      by_slot[s].level = level_code_[s];
      out.push_back(std::move(by_slot[s]));
      by_slot[s] = LevelProgress{};
    }
    return out;
  };
  int32_t child_end = kNone;
  auto count = [&](LevelProgress& row, int32_t i) {
    ++row.total;
    switch (state[i - begin]) {
      case kHeld:
        ++row.held;
        break;
      case kScheduled:
        ++row.scheduled;
        break;
      default:
        ++row.unscheduled;
        break;
    }
    if (overdue(i)) ++row.overdue;
  };
  for (int32_t i = root_node == kNone ? begin : begin + 1; i < end; ++i) {
    if (i >= child_end) {
      if (!progress.children.empty()) progress.children.back().levels = flush(child_rows);
      progress.children.push_back({code_[i], name_[i], {}});
      child_end = end_[i];
    }
    const int32_t slot = level_[i];
    if (level_rank_[slot] > root_rank) {
      count(rows[slot], i);
      count(child_rows[slot], i);
    }
    if (overdue(i)) {
      const Entry& c = entries_[current[i - begin]];
      progress.overdue.push_back({code_[i], name_[i], level_code_[slot],
                                  DateOf(c.planned_start, kNoDate), Date::FromDays(c.planned_end)});
    }
    if (state[i - begin] != kScheduled) continue;
    const int32_t parent = parent_[i];
    if (parent == kNone || parent < begin) continue;
    const int32_t pe = current[parent - begin];
    if (pe == kNone) continue;
    const Entry& p = entries_[pe];
    if (p.planned_start == kNoDate || (p.held_end != kNoDate && p.held_end <= today)) continue;
    const int32_t planned_end = entries_[current[i - begin]].planned_end;
    const int64_t gap = static_cast<int64_t>(p.planned_start) - planned_end;
    if (gap < options.at_risk_days) {
      progress.at_risk.push_back({code_[i], name_[i], level_code_[slot],
                                  Date::FromDays(planned_end), code_[parent],
                                  Date::FromDays(p.planned_start), gap});
    }
  }
  if (!progress.children.empty()) progress.children.back().levels = flush(child_rows);
  progress.levels = flush(rows);

  // Forecast: every node of the range, the root's own level included.
  Forecast& forecast = answer.forecast;
  forecast.root = root;
  forecast.as_of = as_of;
  forecast.round_year = year;
  std::vector<LevelForecast> by_slot(slots);
  std::vector<ForecastRisk> late;
  std::vector<ForecastRisk> after_window;
  auto window_of = [&](int32_t i) -> std::optional<Window> {
    if (!plan) return std::nullopt;
    const std::string& level = level_code_[level_[i]];
    if (!plan->pilots.empty() &&
        std::find(plan->pilots.begin(), plan->pilots.end(), code_[i]) != plan->pilots.end()) {
      if (auto it = plan->pilot_windows.find(level); it != plan->pilot_windows.end()) {
        return it->second;
      }
    }
    if (auto it = plan->windows.find(level); it != plan->windows.end()) return it->second;
    return std::nullopt;
  };
  for (int32_t i = begin; i < end; ++i) {
    LevelForecast& row = by_slot[level_[i]];
    ++row.total;
    const int32_t e = current[i - begin];
    int32_t finish = kNoDate;
    if (state[i - begin] == kHeld) {
      ++row.held;
      finish = entries_[e].held_end;
    } else if (state[i - begin] == kScheduled) {
      ++row.scheduled;
      finish = std::max(entries_[e].planned_end, today);
      if (entries_[e].planned_end < today) {
        ++row.overdue;
        late.push_back({code_[i], name_[i], level_code_[level_[i]], RiskReason::kOverdue,
                        Date::FromDays(entries_[e].planned_end), Date::FromDays(finish),
                        std::nullopt});
      }
    } else {
      ++row.unscheduled;
    }
    if (finish == kNoDate) continue;
    if (!row.latest_end || finish > row.latest_end->days()) row.latest_end = Date::FromDays(finish);
    if (state[i - begin] == kHeld || entries_[e].planned_end < today) continue;
    if (auto window = window_of(i); window && finish > window->end.days()) {
      after_window.push_back({code_[i], name_[i], level_code_[level_[i]], RiskReason::kAfterWindow,
                              Date::FromDays(entries_[e].planned_end), Date::FromDays(finish),
                              window->end});
    }
  }
  bool complete = true;
  for (size_t s = 0; s < slots; ++s) {
    LevelForecast& row = by_slot[s];
    if (row.total == 0) continue;
    row.level = level_code_[s];
    if (row.unscheduled == 0) row.finish = row.latest_end;
    if (plan) {
      if (auto it = plan->windows.find(row.level); it != plan->windows.end()) {
        row.window = it->second;
      }
    }
    if (row.held == row.total) {
      row.verdict = LevelVerdict::kDone;
    } else if (!row.finish) {
      row.verdict = LevelVerdict::kUnknown;
    } else if (!row.window) {
      row.verdict = LevelVerdict::kNoWindow;
    } else if (*row.finish > row.window->end) {
      row.verdict = LevelVerdict::kLate;
      row.days_late = row.finish->days() - row.window->end.days();
    } else {
      row.verdict = LevelVerdict::kOnTime;
    }
    if (row.unscheduled > 0) complete = false;
    if (row.finish && (!forecast.finish || *row.finish > *forecast.finish)) {
      forecast.finish = row.finish;
    }
    forecast.levels.push_back(std::move(row));
  }
  if (!complete) forecast.finish.reset();
  forecast.at_risk = std::move(late);
  forecast.at_risk.insert(forecast.at_risk.end(), after_window.begin(), after_window.end());
  return answer;
}

}  // namespace daihoi::planning
