#pragma once
// app::PartyBuildingStore over portable SQL (storage/sql.h): migration 15 (quality_grades,
// quality_ratings, member_movements, admission_targets, communication_items). SqliteStore and
// PostgresStore derive from it.

#include <optional>
#include <string>
#include <vector>

#include "app/ports/party_building_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlPartyBuildingStore : public app::PartyBuildingStore, public virtual HasSql {
 public:
  Result<std::vector<building::Grade>> Grades() override;
  Result<int64_t> UpsertRatings(const std::vector<building::Rating>& ratings) override;
  Result<std::vector<building::Rating>> Ratings(const app::RatingQuery& query) override;
  Result<std::vector<int64_t>> AddMovements(
      const std::vector<building::Movement>& movements) override;
  Result<std::vector<app::MovementRecord>> Movements(const app::MovementQuery& query) override;
  Result<bool> RemoveMovement(int64_t id) override;
  Status SetAdmissionTarget(const building::AdmissionTarget& target) override;
  Result<std::vector<building::AdmissionTarget>> AdmissionTargets(const std::string& root,
                                                                  const std::string& term) override;
  Result<std::vector<int64_t>> AddCommunicationItems(
      const std::vector<building::CommunicationItem>& items) override;
  Result<std::vector<app::CommunicationRecord>> CommunicationItems(
      const app::CommunicationQuery& query) override;
  Result<bool> RemoveCommunicationItem(int64_t id) override;
};

}  // namespace daihoi::storage
