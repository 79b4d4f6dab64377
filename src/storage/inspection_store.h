#pragma once
// app::InspectionStore over portable SQL (storage/sql.h), for both engines (migration 10).

#include "app/ports/inspection_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlInspectionStore : public app::InspectionStore, public virtual HasSql {
 public:
  Result<int64_t> CreateInspection(const app::InspectionRecord& inspection) override;
  Status UpdateInspection(const app::InspectionRecord& inspection) override;
  Result<std::optional<app::InspectionRecord>> FindInspection(int64_t id) override;
  Result<std::vector<app::InspectionRecord>> Inspections(const std::string& org_code) override;

  Result<int64_t> AddTeam(const app::InspectionTeamRecord& team) override;
  Status UpdateTeam(const app::InspectionTeamRecord& team) override;
  Status RemoveTeam(int64_t inspection_id, int64_t team_id) override;
  Result<std::vector<app::InspectionTeamRecord>> Teams(int64_t inspection_id) override;

  Status ReplaceUnits(int64_t inspection_id,
                      const std::vector<app::InspectionUnitRecord>& units) override;
  Result<std::vector<app::InspectionUnitRecord>> Units(int64_t inspection_id) override;
  Status SetFixedTeam(int64_t inspection_id, const std::string& org_code,
                      std::optional<int64_t> team_id) override;

  Status SaveAssignment(int64_t inspection_id,
                        const std::vector<app::InspectionVisitRecord>& visits) override;
  Status UpdateVisit(int64_t inspection_id, const app::InspectionVisitRecord& visit) override;
  Result<std::vector<app::InspectionVisitRecord>> Visits(int64_t inspection_id) override;

  Status UpsertFinding(int64_t inspection_id, const app::FindingRecord& finding) override;
  Result<std::vector<app::FindingRecord>> Findings(int64_t inspection_id) override;
};

}  // namespace daihoi::storage
