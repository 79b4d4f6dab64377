#pragma once
// What the plan use cases share (app/plans.h): validating a plan against the tree, finding the
// plan that covers a congress, checking a plan with one congress record replaced.

#include <optional>
#include <string>
#include <vector>

#include "app/load_round.h"
#include "app/plans.h"

namespace daihoi::app {

// See plans.h "Plans": root, term, pilots and announcements.
Status ValidatePlan(Store& store, const planning::Plan& plan);

// R-TERM: whether a congress of `term` held by an organization of `level` belongs to the round of
// a plan for `plan_term` (committees: the same term; cells: a term starting in the same year).
bool InRound(const std::string& level, const std::string& term, const std::string& plan_term);

// The plan covering the congress of an organization: the plan of the organization itself or of
// its nearest ancestor whose round the congress belongs to. nullopt when none does.
Result<std::optional<PlanRecord>> CoveringPlan(Store& store, const org::Organization& organization,
                                               const std::string& term);

// A congress record to put in place of the stored one.
struct RecordOverride {
  planning::Congress congress;
  planning::CongressDetails details;
};

// The plan's round read from the store, with every stored congress and its details; `override`
// replaces (or adds) one record before the check. The plan's announcements are completed with the
// congresses' recorded announcement dates (R-NOTICE).
struct CheckedRound {
  RoundData data;
  std::vector<CongressDetailsRecord> details;
  std::vector<planning::Violation> violations;
};
Result<CheckedRound> CheckRound(Store& store, const Actor& actor, const PlanRecord& plan,
                                const RecordOverride* override = nullptr);

// R-APPROVAL: whether the superior committee approved the congress's results.
Result<bool> ResultsApproved(Store& store, const std::string& org_code, const std::string& term);

// ShowCongress, EditCongress and CheckCongressEdit: the record of (org_code, term), `edit`
// applied when given, saved when `save`, then checked against the covering plan.
Result<PlanCheck> EvaluateCongress(Store& store, const Actor& actor, const std::string& org_code,
                                   const std::string& term, const planning::CongressEdit* edit,
                                   bool save);

// The violations naming this organization.
std::vector<planning::Violation> ViolationsOf(const std::vector<planning::Violation>& all,
                                              const std::string& org_code);

}  // namespace daihoi::app
