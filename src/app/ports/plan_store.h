#pragma once
// The storage port of stored plans and congress records (app/plans.h): the plans of a committee
// for its rounds (several per committee, one per term) and the details of each congress record
// beside the congresses table (date options, chosen option, venue, announcement, R-CONTENT items).
// Implemented over portable SQL by storage::SqlPlanStore, which both engines' stores derive from.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "common/result.h"
#include "planning/congress_record.h"
#include "planning/plan.h"

namespace daihoi::app {

// A stored plan: planning::Plan (whose root and term identify it) with an id and a title.
struct PlanRecord {
  int64_t id = 0;
  std::string title;  // "Kế hoạch tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2020–2025"
  planning::Plan plan;
  std::string created_at;  // UTC, set by the store
  std::string updated_at;
};

// The details of one congress record, keyed like the congress (organization, term).
struct CongressDetailsRecord {
  std::string org_code;
  std::string term;
  planning::CongressDetails details;
};

class PlanStore {
 public:
  virtual ~PlanStore() = default;

  // Stores a new plan; returns its id (created_at and updated_at by the store's clock).
  // kConflict when the root already has a plan for the term; kNotFound for an unknown root, or
  // a pilot or an announcement naming an unknown organization. Nothing is written on error.
  virtual Result<int64_t> CreatePlan(const PlanRecord& plan) = 0;
  // Replaces plan `id` wholly (root and term included). kNotFound for an unknown id or
  // organization; kConflict when another plan holds the new root and term.
  virtual Status UpdatePlan(int64_t id, const PlanRecord& plan) = 0;
  virtual Result<std::optional<PlanRecord>> FindPlan(int64_t id) = 0;
  virtual Result<std::optional<PlanRecord>> FindPlanFor(const std::string& root,
                                                        const std::string& term) = 0;
  // The plans of this root (every plan when empty), by root code then newest term first.
  virtual Result<std::vector<PlanRecord>> Plans(const std::string& root) = 0;

  // nullopt when the congress has no details stored; kNotFound for an unknown organization.
  virtual Result<std::optional<planning::CongressDetails>> FindCongressDetails(
      const std::string& org_code, const std::string& term) = 0;
  // The stored details of every congress of the subtree (root included), any term.
  virtual Result<std::vector<CongressDetailsRecord>> CongressDetailsIn(const std::string& root) = 0;
  // Upserts the details of one congress in one transaction; kNotFound for an unknown
  // organization. The congress row itself (planned dates …) is Store::UpsertCongresses'.
  virtual Status SaveCongressDetails(const CongressDetailsRecord& record) = 0;
};

// As app::ElectionsOf: the PlanStore of a store that storage::OpenStore opened.
inline PlanStore& PlansOf(Store& store) { return dynamic_cast<PlanStore&>(store); }

}  // namespace daihoi::app
