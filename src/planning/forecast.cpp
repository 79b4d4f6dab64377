#include "planning/forecast.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace daihoi::planning {
namespace {

std::optional<Date> PlannedEnd(const Congress& c) {
  return c.planned_end ? c.planned_end : c.planned_start;
}

// Root first, depth-first; every top's subtree in turn for the whole country.
std::vector<const org::Organization*> Organizations(const org::OrgTree& tree,
                                                    const std::string& root) {
  if (!root.empty()) return tree.Subtree(root);
  std::vector<const org::Organization*> out;
  out.reserve(tree.organizations().size());
  for (const org::Organization* top : tree.Roots()) {
    for (const org::Organization* o : tree.Subtree(top->code)) out.push_back(o);
  }
  return out;
}

}  // namespace

const char* ToString(LevelVerdict verdict) {
  switch (verdict) {
    case LevelVerdict::kDone:
      return "done";
    case LevelVerdict::kOnTime:
      return "on_time";
    case LevelVerdict::kLate:
      return "late";
    case LevelVerdict::kUnknown:
      return "unknown";
    case LevelVerdict::kNoWindow:
      return "no_window";
  }
  return "unknown";
}

const char* ToString(RiskReason reason) {
  return reason == RiskReason::kOverdue ? "overdue" : "after_window";
}

std::string VerdictText(const LevelForecast& level) {
  switch (level.verdict) {
    case LevelVerdict::kDone:
      return "đã hoàn thành";
    case LevelVerdict::kOnTime:
      return "đúng kế hoạch";
    case LevelVerdict::kLate:
      return "chậm " + std::to_string(level.days_late) + " ngày so với kế hoạch";
    case LevelVerdict::kUnknown:
      return "chưa dự báo được: " + std::to_string(level.unscheduled) + " tổ chức chưa có lịch";
    case LevelVerdict::kNoWindow:
      return "chưa có kế hoạch để đối chiếu";
  }
  return "";
}

Result<Forecast> ComputeForecast(const org::OrgTree& tree, const std::vector<org::Level>& levels,
                                 const std::vector<Congress>& congresses, const std::string& root,
                                 Date as_of, const ForecastOptions& options) {
  if (!root.empty() && !tree.Find(root)) {
    Error e = NotFound("không tìm thấy tổ chức (unknown organization) '" + root + "'");
    e.field = "root";
    return e;
  }
  std::map<std::string, int, std::less<>> rank;
  for (const org::Level& level : levels) rank[level.code] = level.rank;

  // The congress of the round for each organization (the first by term if several), as
  // ComputeProgress picks it.
  std::unordered_map<std::string, const Congress*> current;
  current.reserve(congresses.size());
  for (const Congress& c : congresses) {
    if (TermStartYear(c.term) != options.round_year) continue;
    auto [it, inserted] = current.try_emplace(c.org_code, &c);
    if (!inserted && c.term < it->second->term) it->second = &c;
  }

  const Plan* plan = options.plan;
  auto window_of = [&](const org::Organization& o) -> std::optional<Window> {
    if (!plan) return std::nullopt;
    if (std::find(plan->pilots.begin(), plan->pilots.end(), o.code) != plan->pilots.end()) {
      if (auto it = plan->pilot_windows.find(o.level); it != plan->pilot_windows.end()) {
        return it->second;
      }
    }
    if (auto it = plan->windows.find(o.level); it != plan->windows.end()) return it->second;
    return std::nullopt;
  };

  Forecast forecast;
  forecast.root = root;
  forecast.as_of = as_of;
  forecast.round_year = options.round_year;
  std::map<std::pair<int, std::string>, LevelForecast> by_level;
  std::vector<ForecastRisk> overdue;
  std::vector<ForecastRisk> after_window;

  for (const org::Organization* o : Organizations(tree, root)) {
    LevelForecast& row = by_level[{rank[o->level], o->level}];
    row.level = o->level;
    ++row.total;
    auto found = current.find(o->code);
    const Congress* c = found == current.end() ? nullptr : found->second;
    std::optional<Date> end;
    if (c && c->HeldAsOf(as_of)) {
      ++row.held;
      end = c->held_end;
    } else if (c && PlannedEnd(*c)) {
      ++row.scheduled;
      end = std::max(*PlannedEnd(*c), as_of);
      if (*PlannedEnd(*c) < as_of) {
        ++row.overdue;
        overdue.push_back(
            {o->code, o->name, o->level, RiskReason::kOverdue, PlannedEnd(*c), *end, std::nullopt});
      }
    } else {
      ++row.unscheduled;
    }
    if (!end) continue;
    if (!row.latest_end || *end > *row.latest_end) row.latest_end = end;
    // What is still to come and would end after its window; an overdue congress is listed once,
    // as overdue, and one already held is the plan check's business (R-WINDOWS).
    if (c->HeldAsOf(as_of) || *PlannedEnd(*c) < as_of) continue;
    if (auto window = window_of(*o); window && *end > window->end) {
      after_window.push_back({o->code, o->name, o->level, RiskReason::kAfterWindow, PlannedEnd(*c),
                              *end, window->end});
    }
  }

  bool complete = true;
  for (auto& [key, row] : by_level) {
    if (row.unscheduled == 0) row.finish = row.latest_end;
    // The level's window: one for every organization of the level that is not a pilot.
    if (plan) {
      if (auto it = plan->windows.find(row.level); it != plan->windows.end()) {
        row.window = it->second;
      }
    }
    if (row.total > 0 && row.held == row.total) {
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
  forecast.at_risk = std::move(overdue);
  forecast.at_risk.insert(forecast.at_risk.end(), after_window.begin(), after_window.end());
  return forecast;
}

}  // namespace daihoi::planning
