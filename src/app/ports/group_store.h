#pragma once
// The storage port of working groups, subcommittees and commendations (app/groups.h), kept per
// congress (organization code + term). Implemented over portable SQL by storage::SqlGroupStore,
// which both engines' stores derive from.
//
// Ids are the store's; a method given an id that does not exist answers false / nullopt (or
// kNotFound where it says so). An unknown organization code is kNotFound.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "teams/working_groups.h"

namespace daihoi::app {

struct GroupMemberRecord {
  int64_t id = 0;
  int64_t group_id = 0;
  std::string member_id;  // may be empty (someone outside the registry)
  std::string full_name;
  teams::GroupRole role = teams::GroupRole::kMember;
  std::string person;  // teams::PersonKey, set by the use case
};

// A group assigned to a subordinate unit: it guides that unit's congress of `term`.
struct GroupAssignmentRecord {
  int64_t id = 0;
  int64_t group_id = 0;
  std::string unit_code;
  std::string unit_name;  // read back from the organization
  std::string term;       // the unit's congress
};

// A member of a group attending the congress of one of the group's units.
struct AttendanceRecord {
  int64_t id = 0;
  int64_t group_member_id = 0;
  int64_t assignment_id = 0;
  // Read back with the row, for the booking check and the views:
  int64_t group_id = 0;
  std::string group_name;
  std::string person;
  std::string full_name;
  std::string unit_code;
  std::string unit_name;
  std::string term;
};

struct WorkingGroupRecord {
  int64_t id = 0;
  std::string org_code;  // the committee the group works for, and its congress term
  std::string term;
  teams::GroupKind kind = teams::GroupKind::kWorking;
  std::string name;  // "Tổ công tác số 1"
  std::string note;
  // Filled by WorkingGroups() and FindWorkingGroup():
  std::vector<GroupMemberRecord> members;          // leaders first, then in insertion order
  std::vector<GroupAssignmentRecord> assignments;  // in insertion order
  std::vector<AttendanceRecord> attendances;       // in insertion order
};

struct SubcommitteeMemberRecord {
  int64_t id = 0;
  int64_t subcommittee_id = 0;
  std::string member_id;
  std::string full_name;
  teams::GroupRole role = teams::GroupRole::kMember;
};

struct SubcommitteeTaskRecord {
  int64_t id = 0;
  int64_t subcommittee_id = 0;
  std::string title;
  std::string owner;  // who is in charge (free text)
  std::optional<Date> due;
  bool done = false;
  std::optional<Date> done_on;
};

struct SubcommitteeRecord {
  int64_t id = 0;
  std::string org_code;
  std::string term;
  teams::SubcommitteeKind kind = teams::SubcommitteeKind::kDocuments;
  std::string name;                               // "Tiểu ban Văn kiện"
  std::vector<SubcommitteeMemberRecord> members;  // heads first
  std::vector<SubcommitteeTaskRecord> tasks;      // by due date (undated last), then id
};

struct CommendationRecord {
  int64_t id = 0;
  std::string org_code;  // the committee commending, after its congress of `term`
  std::string term;
  teams::Commendation commendation;
  std::string recorded_at;  // UTC, set by the store
};

class GroupStore {
 public:
  virtual ~GroupStore() = default;

  // Working groups of a congress, in insertion order, each with its members, assignments and
  // attendances.
  virtual Result<std::vector<WorkingGroupRecord>> WorkingGroups(const std::string& org_code,
                                                                const std::string& term) = 0;
  virtual Result<std::optional<WorkingGroupRecord>> FindWorkingGroup(int64_t id) = 0;
  // kConflict when the congress has a group of that name already.
  virtual Result<int64_t> AddWorkingGroup(const WorkingGroupRecord& group) = 0;
  // With its members, assignments and attendances.
  virtual Result<bool> RemoveWorkingGroup(int64_t id) = 0;
  // kConflict when the person (GroupMemberRecord::person) is in the group already.
  virtual Result<int64_t> AddGroupMember(const GroupMemberRecord& member) = 0;
  virtual Result<bool> RemoveGroupMember(int64_t id) = 0;
  // kConflict when the group has the unit's congress already; kNotFound for an unknown unit.
  virtual Result<int64_t> AddAssignment(const GroupAssignmentRecord& assignment) = 0;
  virtual Result<bool> RemoveAssignment(int64_t id) = 0;
  // Every attendance of a person, in every group of every committee.
  virtual Result<std::vector<AttendanceRecord>> AttendancesOf(const std::string& person) = 0;
  // kConflict when the member attends that congress already.
  virtual Result<int64_t> AddAttendance(int64_t group_member_id, int64_t assignment_id) = 0;
  virtual Result<bool> RemoveAttendance(int64_t id) = 0;

  // Subcommittees of a congress, in insertion order, with members and tasks.
  virtual Result<std::vector<SubcommitteeRecord>> Subcommittees(const std::string& org_code,
                                                                const std::string& term) = 0;
  virtual Result<std::optional<SubcommitteeRecord>> FindSubcommittee(int64_t id) = 0;
  // kConflict when the congress has a subcommittee of that name already.
  virtual Result<int64_t> AddSubcommittee(const SubcommitteeRecord& subcommittee) = 0;
  virtual Result<bool> RemoveSubcommittee(int64_t id) = 0;
  virtual Result<int64_t> AddSubcommitteeMember(const SubcommitteeMemberRecord& member) = 0;
  virtual Result<bool> RemoveSubcommitteeMember(int64_t id) = 0;
  virtual Result<int64_t> AddTask(const SubcommitteeTaskRecord& task) = 0;
  virtual Result<std::optional<SubcommitteeTaskRecord>> FindTask(int64_t id) = 0;
  // Sets done and done_on; false when there is no such task.
  virtual Result<bool> SetTaskDone(int64_t id, bool done, std::optional<Date> done_on) = 0;
  virtual Result<bool> RemoveTask(int64_t id) = 0;

  // Commendations of a congress: collectives first, then individuals, each in insertion order.
  virtual Result<std::vector<CommendationRecord>> Commendations(const std::string& org_code,
                                                                const std::string& term) = 0;
  // All or nothing; returns the new ids in order. An unknown org_code of a commendation is
  // kNotFound and nothing is written.
  virtual Result<std::vector<int64_t>> AddCommendations(
      const std::string& org_code, const std::string& term,
      const std::vector<teams::Commendation>& commendations) = 0;
  virtual Result<bool> RemoveCommendation(int64_t id) = 0;
};

// As app::ElectionsOf: the GroupStore of a store that storage::OpenStore opened.
inline GroupStore& GroupsOf(Store& store) { return dynamic_cast<GroupStore&>(store); }

}  // namespace daihoi::app
