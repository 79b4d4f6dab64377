#pragma once
// app::PersonnelStore over portable SQL (storage/sql.h): migration 14 (position_kinds,
// member_positions, personnel_schemes, scheme_events, scheme_nominees, vetting_boards,
// vetting_tasks, complaints). SqliteStore and PostgresStore derive from it.

#include <optional>
#include <string>
#include <vector>

#include "app/ports/personnel_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlPersonnelStore : public app::PersonnelStore, public virtual HasSql {
 public:
  Result<std::vector<personnel::PositionKind>> PositionKinds() override;
  Status UpsertPositionKind(const personnel::PositionKind& kind) override;
  Result<std::vector<int64_t>> AddPositions(
      const std::vector<personnel::MemberPosition>& positions) override;
  Result<std::vector<personnel::MemberPosition>> Positions(
      const std::vector<std::string>& member_ids) override;
  Result<std::vector<personnel::MemberPosition>> OrganizationPositions(
      const std::string& org_code) override;

  Result<int64_t> CreateScheme(const app::SchemeRecord& scheme) override;
  Result<std::optional<app::SchemeRecord>> FindScheme(int64_t id) override;
  Result<std::vector<app::SchemeRecord>> Schemes(const std::string& org_code,
                                                 const std::string& term) override;
  Status SetSchemeStatus(int64_t scheme_id, personnel::SchemeStatus status,
                         const app::SchemeEvent& event) override;
  Status AddSchemeEvent(const app::SchemeEvent& event) override;
  Result<std::vector<app::SchemeEvent>> SchemeEvents(int64_t scheme_id) override;
  Result<int64_t> AddSchemeNominee(const app::SchemeNomineeRecord& nominee) override;
  Result<bool> RemoveSchemeNominee(int64_t scheme_id, personnel::SchemeList list,
                                   const std::string& member_id) override;
  Result<std::vector<app::SchemeNomineeRecord>> SchemeNominees(int64_t scheme_id) override;

  Result<std::vector<personnel::VettingBoard>> VettingBoards() override;
  Status UpsertVettingBoard(const personnel::VettingBoard& board) override;
  Result<int64_t> AddVettingTasks(const std::vector<app::VettingTaskRecord>& tasks) override;
  Result<std::vector<app::VettingTaskRecord>> VettingTasks(const std::string& org_code,
                                                           const std::string& term) override;
  Result<std::optional<app::VettingTaskRecord>> FindVettingTask(int64_t id) override;
  Status ConcludeVettingTask(int64_t id, personnel::VettingConclusion conclusion,
                             const std::string& note, const std::string& by) override;

  Result<int64_t> AddComplaint(const app::ComplaintRecord& complaint) override;
  Result<std::optional<app::ComplaintRecord>> FindComplaint(int64_t id) override;
  Result<std::vector<app::ComplaintRecord>> Complaints(const std::string& org_code,
                                                       const std::string& term) override;
  Status ConcludeComplaint(int64_t id, const std::string& conclusion, const Date& on,
                           const std::string& by) override;

 protected:
  ~SqlPersonnelStore() = default;
};

}  // namespace daihoi::storage
