#pragma once
// The storage port of the party-building context (app/party_building.h): quality grades and
// ratings, member movements, admission targets, communication items. Implemented over portable
// SQL by storage::SqlPartyBuildingStore (migration 15), which both engines' stores derive from.
//
// A query's `root` is an organization code: the records of its subtree (root included); empty
// means every organization. An unknown root or organization code is kNotFound. Batch writes
// are all or nothing.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "building/communication.h"
#include "building/movements.h"
#include "building/ratings.h"
#include "common/date.h"
#include "common/result.h"

namespace daihoi::app {

struct RatingQuery {
  std::string root;
  std::optional<int> year;
  std::optional<building::RatedKind> kind;
};

struct MovementRecord {
  int64_t id = 0;
  building::Movement movement;
  std::string org_name;     // read back from the organization
  std::string recorded_at;  // UTC, set by the store
};

struct MovementQuery {
  std::string root;
  std::optional<Date> from;  // both ends included
  std::optional<Date> to;
  std::optional<building::MovementKind> kind;
};

struct CommunicationRecord {
  int64_t id = 0;
  building::CommunicationItem item;
  std::string org_name;
  std::string recorded_at;
};

struct CommunicationQuery {
  std::string root;
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<building::CommunicationKind> kind;
};

class PartyBuildingStore {
 public:
  virtual ~PartyBuildingStore() = default;

  // By rank. A new database holds building::DefaultGrades().
  virtual Result<std::vector<building::Grade>> Grades() = 0;

  // Upserted by (year, organization, member id): a second rating of the same year replaces
  // the first. Returns how many were new.
  virtual Result<int64_t> UpsertRatings(const std::vector<building::Rating>& ratings) = 0;
  // By year, organizations before members, then organization code and member id.
  virtual Result<std::vector<building::Rating>> Ratings(const RatingQuery& query) = 0;

  // Returns the new ids in order.
  virtual Result<std::vector<int64_t>> AddMovements(
      const std::vector<building::Movement>& movements) = 0;
  // By date, then id.
  virtual Result<std::vector<MovementRecord>> Movements(const MovementQuery& query) = 0;
  virtual Result<bool> RemoveMovement(int64_t id) = 0;

  // Upserted by (organization, term).
  virtual Status SetAdmissionTarget(const building::AdmissionTarget& target) = 0;
  // The targets of the subtree's organizations, by term then organization code; `term` empty
  // means every term.
  virtual Result<std::vector<building::AdmissionTarget>> AdmissionTargets(
      const std::string& root, const std::string& term) = 0;

  virtual Result<std::vector<int64_t>> AddCommunicationItems(
      const std::vector<building::CommunicationItem>& items) = 0;
  // By date, then id.
  virtual Result<std::vector<CommunicationRecord>> CommunicationItems(
      const CommunicationQuery& query) = 0;
  virtual Result<bool> RemoveCommunicationItem(int64_t id) = 0;
};

// As app::ElectionsOf: the PartyBuildingStore of a store that storage::OpenStore opened.
inline PartyBuildingStore& PartyBuildingOf(Store& store) {
  return dynamic_cast<PartyBuildingStore&>(store);
}

}  // namespace daihoi::app
