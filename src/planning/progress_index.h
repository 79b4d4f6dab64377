#pragma once
// The progress and the forecast of a round (progress.h, forecast.h) answered from compact arrays
// built once from the tree and its congresses: organizations in depth-first order with the end of
// each one's subtree, so any subtree is a range and any date one linear pass over it. A server
// keeps one index while the data has not changed (app/progress_cache.h); the figures are those of
// ComputeProgress and ComputeForecast to the byte (progress_index_test.cpp compares them). Pure.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/date.h"
#include "common/result.h"
#include "org/organization.h"
#include "org/tree.h"
#include "planning/congress.h"
#include "planning/forecast.h"
#include "planning/plan.h"
#include "planning/progress.h"

namespace daihoi::planning {

class ProgressIndex {
 public:
  ProgressIndex() = default;
  // Every organization of `tree` (every top's subtree in turn, in tree order) and every congress
  // of `congresses` whose organization is in the tree.
  static ProgressIndex Build(const org::OrgTree& tree, const std::vector<org::Level>& levels,
                             const std::vector<Congress>& congresses);
  // The same index straight from organizations already in depth-first order (each top followed
  // by its subtree, children in tree order: app::Store::AllOrganizations' order), without an
  // OrgTree: their codes and names are moved in. The checks of OrgTree::Build hold or it fails
  // with kInvalidInput, `row` the 1-based position of the first offending organization: codes
  // unique and non-empty, levels known, each parent earlier among the organizations and ranked
  // above its child — and, for the order, each organization inside its parent's subtree.
  static Result<ProgressIndex> BuildDepthFirst(std::vector<org::Organization> orgs,
                                               const std::vector<org::Level>& levels,
                                               const std::vector<Congress>& congresses);

  struct Answer {
    Progress progress;
    Forecast forecast;
  };
  // ComputeProgress(tree, …, root, as_of, options) and ComputeForecast with its round_year set
  // to the progress's and its plan from `plan`: kNotFound (field "root") for an unknown root.
  Result<Answer> Compute(const std::string& root, Date as_of, const ProgressOptions& options,
                         const Plan* plan) const;

  bool Contains(std::string_view code) const { return Find(code) != kNone; }
  size_t size() const { return code_.size(); }
  // The organization's name and its parent's name ("" at the top); nullptr for an unknown code.
  const std::string* Name(std::string_view code) const;
  const std::string* ParentName(std::string_view code) const;
  const std::vector<org::Level>& levels() const { return levels_; }

 private:
  static constexpr int32_t kNone = -1;
  static constexpr int32_t kNoDate = INT32_MIN;

  // A congress as the round's figures read it: dates as days since the epoch (kNoDate when
  // absent). A node's congresses are sorted by (start year, term), so the first of a year is the
  // one ComputeProgress picks.
  struct Entry {
    int32_t year = 0;  // the term's start year; INT32_MIN when the term has none
    int32_t planned_start = kNoDate;
    int32_t planned_end = kNoDate;  // planned end, else planned start (PlannedEnd)
    int32_t held_end = kNoDate;
  };

  int32_t Pick(int32_t node, int year) const;

  // Building: the level slots, then the nodes in depth-first order, then the congresses.
  std::unordered_map<std::string, int32_t> SetLevels(const std::vector<org::Level>& levels);
  void Reserve(size_t nodes);
  void AddNode(std::string code, std::string name, int32_t slot, int32_t parent);
  void AddCongresses(const std::vector<Congress>& congresses);

  // The node of a code, kNone if none: open addressing over code_ (no copy of the codes).
  int32_t Find(std::string_view code) const;
  void Insert(int32_t node);

  std::vector<org::Level> levels_;
  std::vector<std::string> level_code_;  // by level slot: slots sorted by (rank, code)
  std::vector<int> level_rank_;          // by level slot
  std::vector<std::string> code_;        // by node, depth-first
  std::vector<std::string> name_;        // by node
  std::vector<int32_t> level_;           // level slot by node
  std::vector<int32_t> parent_;          // node of the parent, kNone at a top
  std::vector<int32_t> end_;             // one past the last node of the subtree
  std::vector<int32_t> entry_begin_;     // by node, size() + 1 bounds into entries_
  std::vector<Entry> entries_;
  std::vector<int32_t> tops_;   // nodes without a parent, in tree order
  std::vector<int32_t> table_;  // hash slots of codes: node + 1, 0 when empty; a power of two
};

}  // namespace daihoi::planning
