#pragma once
// The progress of a congress round in the product (docs/progress.md): the figures of `daihoi
// progress` (CONTRACTS.md "Data") and the forecast of when each level will finish, for one
// organization's subtree or the whole country, as of a date. One use case: show_progress.cpp.
// The CLI, the API and the printed report all read it, so they show the same figures.

#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/ports/store.h"
#include "app/progress_cache.h"
#include "common/date.h"
#include "common/result.h"
#include "org/organization.h"
#include "org/tree.h"
#include "planning/congress.h"
#include "planning/forecast.h"
#include "planning/plan.h"
#include "planning/progress.h"

namespace daihoi::app {

struct ProgressReport {
  std::string root;           // empty: the whole country
  std::string root_name;      // "Cả nước" for the whole country
  std::string superior_name;  // the root's parent's name; empty at the top
  std::vector<org::Level> levels;
  org::OrgTree tree;                           // the root's subtree (every top for the country)
  std::vector<planning::Congress> congresses;  // every congress of the subtree, every term
  planning::Progress progress;
  planning::Forecast forecast;  // judged against `plan` when one was given
};

// The whole country's name in reports.
inline constexpr const char* kCountryName = "Cả nước";

// `root` empty is every organization. With a plan, the round is the plan's term and the
// forecast is judged against its windows (R-WINDOWS); without one the round is picked as
// ComputeProgress picks it. kNotFound with `field` set when the root is unknown.
Result<ProgressReport> ShowProgress(Store& store, const Actor& actor, const std::string& root,
                                    Date as_of, const planning::Plan* plan,
                                    const std::string& field);

// The same figures from the server's cache (app/progress_cache.h): the whole country is read
// only when the data changed since the cache's index was built. `tree` and `congresses` are
// left empty (what reads them, the calendar of the round, takes the report above).
Result<ProgressReport> ShowProgress(ProgressCache& cache, Store& store, const Actor& actor,
                                    const std::string& root, Date as_of, const planning::Plan* plan,
                                    const std::string& field);

}  // namespace daihoi::app
