#pragma once
// Working groups and guidance groups of a committee (tổ công tác / tổ chỉ đạo), the subcommittees
// of its congress (tiểu ban) and the commendations after the round (khen thưởng), kept per
// congress: the committee's organization code and the term. The rules are in teams/
// working_groups.h; storage in app/ports/group_store.h. One file per use case:
// show_working_groups.cpp, add_working_group.cpp, remove_working_group.cpp,
// add_group_member.cpp, remove_group_member.cpp, assign_group.cpp, unassign_group.cpp,
// record_attendance.cpp, remove_attendance.cpp, suggest_attendees.cpp,
// show_subcommittees.cpp, add_subcommittee.cpp, remove_subcommittee.cpp,
// add_subcommittee_member.cpp, remove_subcommittee_member.cpp, add_subcommittee_task.cpp,
// set_task_done.cpp, remove_subcommittee_task.cpp, list_commendations.cpp,
// add_commendations.cpp, import_commendations.cpp, remove_commendation.cpp.
//
// Every use case checks the congress first: an unknown organization is kNotFound (field
// `code`), an empty term kInvalidInput (field `term`). An id that is not of this congress is
// kNotFound naming its field (`group_id`, `member_id`, `assignment_id`, …).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/columns.h"
#include "app/import.h"
#include "app/ports/group_store.h"
#include "app/ports/store.h"
#include "app/roll.h"
#include "common/date.h"
#include "common/result.h"
#include "teams/working_groups.h"

namespace daihoi::app {

// A person to put in a group or subcommittee: a member of the registry (member_id; the name is
// read from it when left empty) or someone named only.
struct NewPerson {
  std::string member_id;
  std::string full_name;
  teams::GroupRole role = teams::GroupRole::kMember;
};

struct NewWorkingGroup {
  teams::GroupKind kind = teams::GroupKind::kWorking;
  std::string name;  // empty: "Tổ công tác số N" / "Tổ chỉ đạo số N"
  std::string note;
};

// An assigned unit with the dates its congress occupies and who attends it.
struct AssignedUnit {
  GroupAssignmentRecord assignment;
  std::optional<teams::CongressSpan> span;  // nullopt: no congress record or no dates yet
  std::vector<AttendanceRecord> attendees;
};

struct WorkingGroupView {
  WorkingGroupRecord group;
  std::vector<AssignedUnit> units;
};

struct WorkingGroupsView {
  std::string org_code;
  std::string term;
  std::vector<WorkingGroupView> groups;  // working groups first, then guidance groups
  // Double bookings among these groups' attendances, e.g. after a congress was moved (new
  // bookings are refused, so a clash can only arise from dates that changed).
  std::vector<teams::Clash> clashes;
};

Result<WorkingGroupsView> ShowWorkingGroups(Store& store, const Actor& actor,
                                            const CongressRef& congress);
// kConflict when the congress has a group of that name.
Result<int64_t> AddWorkingGroup(Store& store, const Actor& actor, const CongressRef& congress,
                                const NewWorkingGroup& group);
Status RemoveWorkingGroup(Store& store, const Actor& actor, const CongressRef& congress,
                          int64_t group_id);
// kConflict when the person is in the group already; a member id not in the registry is
// kNotFound (field `member_id`).
Result<int64_t> AddGroupMember(Store& store, const Actor& actor, const CongressRef& congress,
                               int64_t group_id, const NewPerson& person);
Status RemoveGroupMember(Store& store, const Actor& actor, const CongressRef& congress,
                         int64_t group_id, int64_t group_member_id);
// Assigns the group to a unit's congress: the unit must be below the congress's organization
// (kInvalidInput, field `unit_code`); `term` empty means the congress's own term.
Result<int64_t> AssignGroup(Store& store, const Actor& actor, const CongressRef& congress,
                            int64_t group_id, const std::string& unit_code,
                            const std::string& term);
Status UnassignGroup(Store& store, const Actor& actor, const CongressRef& congress,
                     int64_t group_id, int64_t assignment_id);
// A member of the group attends one of the group's units' congresses. kConflict with the clash
// in the message (both units and their dates) when the person attends an overlapping congress
// already, in any group; nothing is written then.
Result<int64_t> RecordAttendance(Store& store, const Actor& actor, const CongressRef& congress,
                                 int64_t group_id, int64_t group_member_id, int64_t assignment_id);
Status RemoveAttendance(Store& store, const Actor& actor, const CongressRef& congress,
                        int64_t group_id, int64_t attendance_id);
// The group's members free to attend the assignment's congress (teams::FreeAttendees).
Result<std::vector<teams::Attendee>> SuggestAttendees(Store& store, const Actor& actor,
                                                      const CongressRef& congress, int64_t group_id,
                                                      int64_t assignment_id);

struct TaskView {
  SubcommitteeTaskRecord task;
  teams::TaskStatus status = teams::TaskStatus::kOpen;
};

struct SubcommitteeView {
  SubcommitteeRecord subcommittee;  // its tasks are in `tasks` below, with their status
  std::vector<TaskView> tasks;
  int64_t overdue = 0;
};

struct SubcommitteesView {
  std::string org_code;
  std::string term;
  Date as_of;
  std::vector<SubcommitteeView> subcommittees;
};

// Tasks are overdue as of `as_of` when not done and due before it.
Result<SubcommitteesView> ShowSubcommittees(Store& store, const Actor& actor,
                                            const CongressRef& congress, Date as_of);
// `name` empty: the kind's Vietnamese name ("Tiểu ban Văn kiện").
Result<int64_t> AddSubcommittee(Store& store, const Actor& actor, const CongressRef& congress,
                                teams::SubcommitteeKind kind, const std::string& name);
Status RemoveSubcommittee(Store& store, const Actor& actor, const CongressRef& congress,
                          int64_t subcommittee_id);
Result<int64_t> AddSubcommitteeMember(Store& store, const Actor& actor, const CongressRef& congress,
                                      int64_t subcommittee_id, const NewPerson& person);
Status RemoveSubcommitteeMember(Store& store, const Actor& actor, const CongressRef& congress,
                                int64_t subcommittee_id, int64_t member_row_id);

struct NewTask {
  std::string title;
  std::string owner;
  std::optional<Date> due;
};
Result<int64_t> AddSubcommitteeTask(Store& store, const Actor& actor, const CongressRef& congress,
                                    int64_t subcommittee_id, const NewTask& task);
// Marks a task done on `on` (or not done again: `done` false clears the date).
Status SetTaskDone(Store& store, const Actor& actor, const CongressRef& congress, int64_t task_id,
                   bool done, Date on);
Status RemoveSubcommitteeTask(Store& store, const Actor& actor, const CongressRef& congress,
                              int64_t task_id);

// Collectives first, then individuals.
Result<std::vector<CommendationRecord>> ListCommendations(Store& store, const Actor& actor,
                                                          const CongressRef& congress);
// Checks every commendation first (teams::ValidateCommendation; a collective's organization and
// an individual's unit must be in the congress organization's subtree, a member id in the
// registry), naming `commendations[i].<field>`; then writes them all in one transaction. A
// collective's name is its organization's; an individual's name is read from the registry when
// left empty.
Result<std::vector<int64_t>> AddCommendations(Store& store, const Actor& actor,
                                              const CongressRef& congress,
                                              std::vector<teams::Commendation> commendations);
Status RemoveCommendation(Store& store, const Actor& actor, const CongressRef& congress,
                          int64_t commendation_id);

// The columns of a commendation list file (import and export), in order: kind, org_code,
// member_id, full_name, award, decision, decided_on, reason.
const std::vector<Column>& CommendationColumns();
// One row of the list as text, in CommendationColumns() order (kind as "collective" /
// "individual", the date ISO).
std::vector<std::string> CommendationRow(const teams::Commendation& commendation);

// A commendation list from CSV/XLSX (English or Vietnamese headers; kind also "tập thể" /
// "cá nhân"). Every row is checked first; row problems are in the report (row, column) and
// nothing is written when there is any, or on a dry run. An Error only for an unknown congress,
// an unreadable header or a storage failure.
Result<ImportReport> ImportCommendations(Store& store, const Actor& actor,
                                         const CongressRef& congress, const Table& table,
                                         bool dry_run);

}  // namespace daihoi::app
