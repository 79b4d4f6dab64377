#pragma once
// app::PlanStore over portable SQL (storage/sql.h): migration 8 (plans, plan_levels,
// plan_pilots, plan_announcements, congress_details, congress_date_options). SqliteStore and
// PostgresStore derive from it.

#include <optional>
#include <string>
#include <vector>

#include "app/ports/plan_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlPlanStore : public app::PlanStore, public virtual HasSql {
 public:
  Result<int64_t> CreatePlan(const app::PlanRecord& plan) override;
  Status UpdatePlan(int64_t id, const app::PlanRecord& plan) override;
  Result<std::optional<app::PlanRecord>> FindPlan(int64_t id) override;
  Result<std::optional<app::PlanRecord>> FindPlanFor(const std::string& root,
                                                     const std::string& term) override;
  Result<std::vector<app::PlanRecord>> Plans(const std::string& root) override;

  Result<std::optional<planning::CongressDetails>> FindCongressDetails(
      const std::string& org_code, const std::string& term) override;
  Result<std::vector<app::CongressDetailsRecord>> CongressDetailsIn(
      const std::string& root) override;
  Status SaveCongressDetails(const app::CongressDetailsRecord& record) override;

 protected:
  ~SqlPlanStore() = default;

 private:
  // Writes the plan's rows beside plans.id = id (levels, pilots, announcements), replacing any.
  Status WritePlanRows(int64_t id, const planning::Plan& plan);
  // The plans the WHERE clause selects, with their rows.
  Result<std::vector<app::PlanRecord>> SelectPlans(const std::string& where,
                                                   const SqlParams& params);
};

}  // namespace daihoi::storage
