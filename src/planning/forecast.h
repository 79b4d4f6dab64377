#pragma once
// When each level of a subtree will finish its congresses of a round, from the dates on record
// (docs/progress.md "Dự báo"). Pure: values in, forecast out.
//
// A congress ends on its held end once held (as of the date), else on its planned end — but
// never before the date itself: an overdue congress (planned end passed, not held) can at the
// earliest end on the day of the forecast. A level finishes on the latest end among its
// congresses; while any of its organizations has no congress or no planned date, no date can be
// forecast for the level.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "org/organization.h"
#include "org/tree.h"
#include "planning/congress.h"
#include "planning/plan.h"

namespace daihoi::planning {

enum class LevelVerdict {
  kDone,      // every congress of the level held as of the date
  kOnTime,    // forecast finish inside the plan's window for the level
  kLate,      // forecast finish after the window's end
  kUnknown,   // organizations without a date: no forecast
  kNoWindow,  // a forecast, but no plan or no window for the level to judge it by
};
const char* ToString(LevelVerdict verdict);  // "done", "on_time", "late", "unknown", "no_window"

struct LevelForecast {
  std::string level;
  int64_t total = 0;
  int64_t held = 0;
  int64_t scheduled = 0;    // not held, with a planned date (overdue included)
  int64_t unscheduled = 0;  // no congress of the round or no planned date
  int64_t overdue = 0;
  // The latest end among held and scheduled congresses (overdue ones count as ending on the
  // date of the forecast). Set even when some are unscheduled: the least it will take.
  std::optional<Date> latest_end;
  // The forecast: latest_end when no organization of the level is unscheduled.
  std::optional<Date> finish;
  std::optional<Window> window;  // the plan's window for the level, when a plan is given
  LevelVerdict verdict = LevelVerdict::kNoWindow;
  int64_t days_late = 0;  // finish − window end when kLate
};

enum class RiskReason {
  kOverdue,      // not held and its planned end has passed
  kAfterWindow,  // its (expected) end lies after the window of its level (R-WINDOWS)
};
const char* ToString(RiskReason reason);  // "overdue", "after_window"

// A congress that makes its level finish late or uncertain.
struct ForecastRisk {
  std::string code;
  std::string name;
  std::string level;
  RiskReason reason = RiskReason::kOverdue;
  std::optional<Date> planned_end;
  Date expected_end;               // planned end, or the date of the forecast when overdue
  std::optional<Date> window_end;  // for kAfterWindow
};

struct Forecast {
  std::string root;  // empty: every organization (the whole country)
  Date as_of;
  int round_year = 0;
  // The root's own level first (its own congress), then the levels below by rank; for the
  // whole country every level present.
  std::vector<LevelForecast> levels;
  // The forecast of the whole subtree: the latest level finish; nullopt while any level has none.
  std::optional<Date> finish;
  std::vector<ForecastRisk> at_risk;  // overdue first, then after-window; tree order within
};

struct ForecastOptions {
  int round_year = 0;          // the round (Progress::round_year)
  const Plan* plan = nullptr;  // windows and pilot windows per level; may be null
};

// The verdict of a level in Vietnamese, lower case ("chậm 2 ngày so với kế hoạch"), as the
// text, the printed report and the dashboard say it.
std::string VerdictText(const LevelForecast& level);

// kNotFound (field "root") when a non-empty root is not in the tree.
Result<Forecast> ComputeForecast(const org::OrgTree& tree, const std::vector<org::Level>& levels,
                                 const std::vector<Congress>& congresses, const std::string& root,
                                 Date as_of, const ForecastOptions& options);

}  // namespace daihoi::planning
