#pragma once
// Stored plans of a congress round and the congress records they check (R-WINDOWS,
// R-ORDER-OF-LEVELS, R-KIND, R-MAX-DAYS, R-NOTICE, R-QUORUM, R-CONTENT). One file per use case:
// save_plan.cpp, create_plan.cpp, update_plan.cpp, show_plan.cpp, list_plans.cpp,
// check_stored_plan.cpp, show_plan_congresses.cpp, show_congress.cpp, edit_congress.cpp,
// check_congress_edit.cpp; shared pieces in plan_common.{h,cpp}.
//
// Every edit of a congress record answers with the violations of the plan that covers it after
// the edit, and a proposed edit can be checked without saving it, so a clerk sees a violation
// as they type.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/ports/plan_store.h"
#include "app/ports/store.h"
#include "common/result.h"
#include "org/organization.h"
#include "planning/congress.h"
#include "planning/congress_record.h"
#include "planning/plan.h"

namespace daihoi::app {

// Plans. Each validates the plan first: the root is an organization (kNotFound, field `root`),
// the term readable (field `term`), every pilot and announcement an organization of the root's
// subtree (kInvalidInput, field `pilots[i]` / `announcements.CODE`).
struct SavedPlan {
  PlanRecord record;
  bool created = false;  // false: an existing plan for the root and term was replaced
};
// Creates or replaces the plan of the root and term (`daihoi plan save PLAN.json`).
Result<SavedPlan> SavePlan(Store& store, const Actor& actor, const PlanRecord& plan);
// kConflict when the root has a plan for the term already.
Result<PlanRecord> CreatePlan(Store& store, const Actor& actor, const PlanRecord& plan);
// kNotFound for an unknown id; kConflict when another plan holds the root and term.
Result<PlanRecord> UpdatePlan(Store& store, const Actor& actor, int64_t id, const PlanRecord& plan);
// kNotFound (field `id`) for an unknown id.
Result<PlanRecord> ShowPlan(Store& store, const Actor& actor, int64_t id);
// kNotFound (field `term`) when the root has no plan for the term; field `root` for an unknown
// root.
Result<PlanRecord> ShowPlanFor(Store& store, const Actor& actor, const std::string& root,
                               const std::string& term);
// The plans of a root (every plan when empty), newest term first.
Result<std::vector<PlanRecord>> ListPlans(Store& store, const Actor& actor,
                                          const std::string& root);
// The plan a subtree's round is judged by (find_round_plan.cpp): the root's own plan whose term
// starts in `round_year`, else the nearest committee above it with one; nullopt when none has
// (or for the whole country, root empty). Reading the root is authorized (kReadRegistry).
Result<std::optional<PlanRecord>> FindRoundPlan(Store& store, const Actor& actor,
                                                const std::string& root, int round_year);

// The stored plan checked against the stored congresses (planning::CheckPlan), with the
// announcement dates recorded on the congresses (R-NOTICE) added to the plan's own.
Result<std::vector<planning::Violation>> CheckStoredPlan(Store& store, const Actor& actor,
                                                         const PlanRecord& plan);

// One congress record as the product shows it.
struct CongressView {
  org::Organization organization;
  int64_t members = 0;    // full members (R-KIND)
  bool recorded = false;  // false: no congress row yet (the values are the defaults)
  planning::Congress congress;
  planning::CongressDetails details;
  planning::CongressStatus status = planning::CongressStatus::kPlanned;
  std::optional<int64_t> plan_id;  // the plan that covers the congress, nearest root first
  // The covering plan's violations on this organization (all of the plan's: PlanCheck below).
  std::vector<planning::Violation> violations;
};

// A plan with its subtree's congresses in tree order: for committees the congress of the plan's
// term, for cells each congress whose term starts in the same year (R-TERM), an organization
// without one listed once with `recorded` false; and every violation of the plan.
struct PlanCongresses {
  PlanRecord plan;
  std::vector<CongressView> congresses;  // `violations` of each: its organization's
  std::vector<planning::Violation> violations;
};
Result<PlanCongresses> ShowPlanCongresses(Store& store, const Actor& actor, int64_t plan_id);

// The result of an edit or of a proposed edit: the record after it and the covering plan's
// violations (every one; `congress.violations` holds those on this organization).
struct PlanCheck {
  CongressView congress;
  std::vector<planning::Violation> violations;
  bool saved = false;
};

// kNotFound (field `code`) for an unknown organization; a congress not recorded yet is shown with
// defaults (`recorded` false).
Result<PlanCheck> ShowCongress(Store& store, const Actor& actor, const std::string& org_code,
                               const std::string& term);
// Applies the edit (planning::ApplyEdit: kInvalidInput naming the field, nothing written) and
// saves the congress row (its planned dates follow the chosen option) and its details in one
// transaction; creates the record when there is none.
Result<PlanCheck> EditCongress(Store& store, const Actor& actor, const std::string& org_code,
                               const std::string& term, const planning::CongressEdit& edit);
// The same as EditCongress without saving anything ("what if").
Result<PlanCheck> CheckCongressEdit(Store& store, const Actor& actor, const std::string& org_code,
                                    const std::string& term, const planning::CongressEdit& edit);

struct DemoData;
// The demo's plans (demo_plans.cpp), written by LoadDemo when `data` holds the organizations: Ba
// Đình's 2020 plan with the district congress's two date options, and Hai Bà Trưng's 2025 plan.
// A plan or a congress record that exists already is left as the user made it.
Status LoadPlanDemo(Store& store, const DemoData& data);

}  // namespace daihoi::app
