#pragma once
// app::GroupStore over portable SQL (storage/sql.h): migration 9 (working_groups,
// group_members, group_assignments, group_attendances, subcommittees, subcommittee_members,
// subcommittee_tasks, commendations). SqliteStore and PostgresStore derive from it.

#include <optional>
#include <string>
#include <vector>

#include "app/ports/group_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlGroupStore : public app::GroupStore, public virtual HasSql {
 public:
  Result<std::vector<app::WorkingGroupRecord>> WorkingGroups(const std::string& org_code,
                                                             const std::string& term) override;
  Result<std::optional<app::WorkingGroupRecord>> FindWorkingGroup(int64_t id) override;
  Result<int64_t> AddWorkingGroup(const app::WorkingGroupRecord& group) override;
  Result<bool> RemoveWorkingGroup(int64_t id) override;
  Result<int64_t> AddGroupMember(const app::GroupMemberRecord& member) override;
  Result<bool> RemoveGroupMember(int64_t id) override;
  Result<int64_t> AddAssignment(const app::GroupAssignmentRecord& assignment) override;
  Result<bool> RemoveAssignment(int64_t id) override;
  Result<std::vector<app::AttendanceRecord>> AttendancesOf(const std::string& person) override;
  Result<int64_t> AddAttendance(int64_t group_member_id, int64_t assignment_id) override;
  Result<bool> RemoveAttendance(int64_t id) override;

  Result<std::vector<app::SubcommitteeRecord>> Subcommittees(const std::string& org_code,
                                                             const std::string& term) override;
  Result<std::optional<app::SubcommitteeRecord>> FindSubcommittee(int64_t id) override;
  Result<int64_t> AddSubcommittee(const app::SubcommitteeRecord& subcommittee) override;
  Result<bool> RemoveSubcommittee(int64_t id) override;
  Result<int64_t> AddSubcommitteeMember(const app::SubcommitteeMemberRecord& member) override;
  Result<bool> RemoveSubcommitteeMember(int64_t id) override;
  Result<int64_t> AddTask(const app::SubcommitteeTaskRecord& task) override;
  Result<std::optional<app::SubcommitteeTaskRecord>> FindTask(int64_t id) override;
  Result<bool> SetTaskDone(int64_t id, bool done, std::optional<Date> done_on) override;
  Result<bool> RemoveTask(int64_t id) override;

  Result<std::vector<app::CommendationRecord>> Commendations(const std::string& org_code,
                                                             const std::string& term) override;
  Result<std::vector<int64_t>> AddCommendations(
      const std::string& org_code, const std::string& term,
      const std::vector<teams::Commendation>& commendations) override;
  Result<bool> RemoveCommendation(int64_t id) override;

 protected:
  ~SqlGroupStore() = default;

 private:
  // Fills members, assignments and attendances of the groups read by `where` ("g.id = $1" …).
  Result<std::vector<app::WorkingGroupRecord>> ReadGroups(const std::string& where,
                                                          const SqlParams& params);
  Result<std::vector<app::SubcommitteeRecord>> ReadSubcommittees(const std::string& where,
                                                                 const SqlParams& params);
  Result<std::vector<app::AttendanceRecord>> ReadAttendances(const std::string& where,
                                                             const SqlParams& params);
};

}  // namespace daihoi::storage
