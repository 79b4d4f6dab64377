#include "planning/progress_index.h"

#include <algorithm>
#include <climits>
#include <optional>

namespace daihoi::planning {
namespace {

std::optional<Date> DateOf(int32_t days, int32_t none) {
  if (days == none) return std::nullopt;
  return Date::FromDays(days);
}

}  // namespace

ProgressIndex ProgressIndex::Build(const org::OrgTree& tree, const std::vector<org::Level>& levels,
                                   const std::vector<Congress>& congresses) {
  ProgressIndex index;
  index.levels_ = levels;
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
    slot_of.emplace(code, static_cast<int32_t>(index.level_code_.size()));
    index.level_code_.push_back(code);
    index.level_rank_.push_back(rank);
  }

  const size_t n = tree.organizations().size();
  index.code_.reserve(n);
  index.name_.reserve(n);
  index.level_.reserve(n);
  index.parent_.reserve(n);
  index.index_.reserve(n);
  for (const org::Organization* top : tree.Roots()) {
    for (const org::Organization* o : tree.Subtree(top->code)) {
      const auto node = static_cast<int32_t>(index.code_.size());
      index.index_.emplace(o->code, node);
      index.code_.push_back(o->code);
      index.name_.push_back(o->name);
      auto slot = slot_of.find(o->level);
      index.level_.push_back(slot == slot_of.end() ? 0 : slot->second);
      int32_t parent = kNone;
      if (!o->parent_code.empty()) {
        if (auto p = index.index_.find(o->parent_code); p != index.index_.end()) parent = p->second;
      }
      index.parent_.push_back(parent);
      if (parent == kNone) index.tops_.push_back(node);
    }
  }
  // Preorder: a node's subtree is the node and the sizes of its children's subtrees after it.
  const auto count = static_cast<int32_t>(index.code_.size());
  std::vector<int32_t> size(count, 1);
  for (int32_t i = count - 1; i > 0; --i) {
    if (index.parent_[i] != kNone) size[index.parent_[i]] += size[i];
  }
  index.end_.resize(count);
  for (int32_t i = 0; i < count; ++i) index.end_[i] = i + size[i];

  // Congresses per node, in input order, then sorted by (start year, term) keeping that order
  // among equals: the first of a year is the round's congress of the organization.
  std::vector<std::vector<const Congress*>> by_node(count);
  for (const Congress& c : congresses) {
    if (auto it = index.index_.find(c.org_code); it != index.index_.end()) {
      by_node[it->second].push_back(&c);
    }
  }
  index.entry_begin_.reserve(count + 1);
  index.entries_.reserve(congresses.size());
  auto days = [](const std::optional<Date>& d) {
    return d ? static_cast<int32_t>(d->days()) : kNoDate;
  };
  for (int32_t i = 0; i < count; ++i) {
    index.entry_begin_.push_back(static_cast<int32_t>(index.entries_.size()));
    std::vector<std::pair<int32_t, const Congress*>> own;
    for (const Congress* c : by_node[i]) {
      const auto year = TermStartYear(c->term);
      own.emplace_back(year ? *year : INT32_MIN, c);
    }
    std::stable_sort(own.begin(), own.end(), [](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return a.second->term < b.second->term;
    });
    for (const auto& [year, c] : own) {
      Entry e;
      e.year = year;
      e.planned_start = days(c->planned_start);
      e.planned_end = days(c->planned_end ? c->planned_end : c->planned_start);
      e.held_end = days(c->held_end);
      index.entries_.push_back(e);
    }
  }
  index.entry_begin_.push_back(static_cast<int32_t>(index.entries_.size()));
  return index;
}

const std::string* ProgressIndex::Name(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &name_[it->second];
}

const std::string* ProgressIndex::ParentName(std::string_view code) const {
  static const std::string kEmpty;
  auto it = index_.find(std::string(code));
  if (it == index_.end()) return nullptr;
  const int32_t parent = parent_[it->second];
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
    auto it = index_.find(root);
    if (it == index_.end()) {
      Error e = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
      e.field = "root";
      return e;
    }
    root_node = it->second;
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
