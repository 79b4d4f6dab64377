#pragma once
// Progress of a congress round as of a date, per level and per child subtree
// (spec/CONTRACTS.md "Data": progress). Pure.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "org/organization.h"
#include "org/tree.h"
#include "planning/congress.h"

namespace daihoi::planning {

// One level of a subtree. Every organization counts once: held (held_end <= as_of), else
// scheduled (a planned date), else unscheduled (no congress or no planned date). overdue is
// a subset of scheduled: not held and planned_end < as_of.
struct LevelProgress {
  std::string level;
  int64_t total = 0;
  int64_t held = 0;
  int64_t scheduled = 0;
  int64_t unscheduled = 0;
  int64_t overdue = 0;
};

struct ChildProgress {
  std::string code;
  std::string name;
  // Levels below the root present in this child's subtree, the child's own level included,
  // so the children's rows add up to the root's.
  std::vector<LevelProgress> levels;
};

// A congress not held whose planned end has passed.
struct OverdueCongress {
  std::string code;
  std::string name;
  std::string level;
  std::optional<Date> planned_start;
  Date planned_end;
};

// A congress not held that ends fewer than `at_risk_days` days before its parent's planned
// start (R-ORDER-OF-LEVELS would be tight or broken if it slipped).
struct AtRiskCongress {
  std::string code;
  std::string name;
  std::string level;
  Date planned_end;
  std::string parent_code;
  Date parent_planned_start;
  int64_t days_before_parent = 0;  // parent_planned_start − planned_end; negative if after
};

struct ProgressOptions {
  // The round: the start year of its terms. nullopt picks the latest start year of a
  // committee congress in the subtree that is at most as_of's year + 1 (a round's pilots may
  // come the year before), or of a cell congress when there is no committee congress.
  std::optional<int> round_year;
  int64_t at_risk_days = 7;
};

struct Progress {
  std::string root;
  Date as_of;
  int round_year = 0;
  std::vector<LevelProgress> levels;     // levels ranked below the root's, present in its subtree
  std::vector<ChildProgress> children;   // the root's children, in tree order
  std::vector<OverdueCongress> overdue;  // tree order
  std::vector<AtRiskCongress> at_risk;   // tree order
};

// kNotFound (field "root") when the root is not in the tree. An empty root is the whole country:
// every organization counts, the tops of the tree are the children and every level is a row.
Result<Progress> ComputeProgress(const org::OrgTree& tree, const std::vector<org::Level>& levels,
                                 const std::vector<Congress>& congresses, const std::string& root,
                                 Date as_of, const ProgressOptions& options = {});

}  // namespace daihoi::planning
