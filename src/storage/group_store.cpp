#include "storage/group_store.h"

#include <utility>

namespace daihoi::storage {
namespace {

const char* const kRoleOrder = "CASE role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, id";

const char* const kAttendanceSelect =
    "SELECT a.id, a.group_member_id, a.assignment_id, g.id, g.name, m.person, m.full_name, "
    "u.code, u.name, s.term FROM group_attendances a "
    "JOIN group_members m ON m.id = a.group_member_id "
    "JOIN group_assignments s ON s.id = a.assignment_id "
    "JOIN working_groups g ON g.id = s.group_id "
    "JOIN organizations u ON u.id = s.unit_id ";

Error Conflict(std::string message) { return Error(ErrorCode::kConflict, std::move(message)); }

// true when the statement changed a row.
Result<bool> Changed(Result<int64_t> changed) {
  if (!changed.ok()) return changed.error();
  return *changed > 0;
}

}  // namespace

Result<std::vector<app::AttendanceRecord>> SqlGroupStore::ReadAttendances(const std::string& where,
                                                                          const SqlParams& params) {
  std::vector<app::AttendanceRecord> attendances;
  auto s = sql().Query(std::string(kAttendanceSelect) + where + " ORDER BY a.id", params,
                       [&](const SqlRow& row) {
                         app::AttendanceRecord a;
                         a.id = row.Int(0);
                         a.group_member_id = row.Int(1);
                         a.assignment_id = row.Int(2);
                         a.group_id = row.Int(3);
                         a.group_name = row.Text(4);
                         a.person = row.Text(5);
                         a.full_name = row.Text(6);
                         a.unit_code = row.Text(7);
                         a.unit_name = row.Text(8);
                         a.term = row.Text(9);
                         attendances.push_back(std::move(a));
                       });
  if (!s) return s.error();
  return attendances;
}

Result<std::vector<app::WorkingGroupRecord>> SqlGroupStore::ReadGroups(const std::string& where,
                                                                       const SqlParams& params) {
  std::vector<app::WorkingGroupRecord> groups;
  auto s = sql().Query(
      "SELECT g.id, o.code, g.term, g.kind, g.name, g.note FROM working_groups g "
      "JOIN organizations o ON o.id = g.org_id WHERE " +
          where + " ORDER BY g.id",
      params, [&](const SqlRow& row) {
        app::WorkingGroupRecord group;
        group.id = row.Int(0);
        group.org_code = row.Text(1);
        group.term = row.Text(2);
        group.kind = teams::ParseGroupKind(row.Text(3)).value_or(teams::GroupKind::kWorking);
        group.name = row.Text(4);
        group.note = row.Text(5);
        groups.push_back(std::move(group));
      });
  if (!s) return s.error();
  for (app::WorkingGroupRecord& group : groups) {
    s = sql().Query(std::string("SELECT id, member_id, full_name, role, person FROM group_members "
                                "WHERE group_id = $1 ORDER BY ") +
                        kRoleOrder,
                    {group.id}, [&](const SqlRow& row) {
                      app::GroupMemberRecord member;
                      member.id = row.Int(0);
                      member.group_id = group.id;
                      member.member_id = row.Text(1);
                      member.full_name = row.Text(2);
                      member.role =
                          teams::ParseGroupRole(row.Text(3)).value_or(teams::GroupRole::kMember);
                      member.person = row.Text(4);
                      group.members.push_back(std::move(member));
                    });
    if (!s) return s.error();
    s = sql().Query(
        "SELECT s.id, u.code, u.name, s.term FROM group_assignments s "
        "JOIN organizations u ON u.id = s.unit_id WHERE s.group_id = $1 ORDER BY s.id",
        {group.id}, [&](const SqlRow& row) {
          group.assignments.push_back(
              {row.Int(0), group.id, row.Text(1), row.Text(2), row.Text(3)});
        });
    if (!s) return s.error();
    auto attendances = ReadAttendances("WHERE g.id = $1", {group.id});
    if (!attendances.ok()) return attendances.error();
    group.attendances = std::move(*attendances);
  }
  return groups;
}

Result<std::vector<app::WorkingGroupRecord>> SqlGroupStore::WorkingGroups(
    const std::string& org_code, const std::string& term) {
  auto org_id = sql().OrgId(org_code);
  if (!org_id.ok()) return org_id.error();
  return ReadGroups("g.org_id = $1 AND g.term = $2", {*org_id, term});
}

Result<std::optional<app::WorkingGroupRecord>> SqlGroupStore::FindWorkingGroup(int64_t id) {
  auto groups = ReadGroups("g.id = $1", {id});
  if (!groups.ok()) return groups.error();
  if (groups->empty()) return std::optional<app::WorkingGroupRecord>();
  return std::optional<app::WorkingGroupRecord>(std::move(groups->front()));
}

Result<int64_t> SqlGroupStore::AddWorkingGroup(const app::WorkingGroupRecord& group) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(group.org_code);
    if (!org_id.ok()) return org_id.error();
    auto existing = sql().FirstInt(
        "SELECT id FROM working_groups WHERE org_id = $1 AND term = $2 AND name = $3",
        {*org_id, group.term, group.name});
    if (!existing.ok()) return existing.error();
    if (*existing) return Conflict("đã có tổ tên '" + group.name + "' (a group of that name)");
    auto inserted = sql().InsertId(
        "INSERT INTO working_groups (org_id, term, kind, name, note) VALUES ($1, $2, $3, $4, $5) "
        "RETURNING id",
        {*org_id, group.term, teams::ToString(group.kind), group.name, group.note});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<bool> SqlGroupStore::RemoveWorkingGroup(int64_t id) {
  bool removed = false;
  Status s = sql().Transaction([&]() -> Status {
    // Children first: the cascade is declared, but nothing here relies on the engine's setting.
    for (const char* statement : {"DELETE FROM group_attendances WHERE assignment_id IN "
                                  "(SELECT id FROM group_assignments WHERE group_id = $1)",
                                  "DELETE FROM group_assignments WHERE group_id = $1",
                                  "DELETE FROM group_members WHERE group_id = $1"}) {
      if (auto r = sql().Run(statement, {id}); !r.ok()) return r.error();
    }
    auto changed = Changed(sql().Run("DELETE FROM working_groups WHERE id = $1", {id}));
    if (!changed.ok()) return changed.error();
    removed = *changed;
    return {};
  });
  if (!s) return s.error();
  return removed;
}

Result<int64_t> SqlGroupStore::AddGroupMember(const app::GroupMemberRecord& member) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto group = sql().FirstInt("SELECT id FROM working_groups WHERE id = $1", {member.group_id});
    if (!group.ok()) return group.error();
    if (!*group) return NotFound("không có tổ số " + std::to_string(member.group_id));
    auto existing =
        sql().FirstInt("SELECT id FROM group_members WHERE group_id = $1 AND person = $2",
                       {member.group_id, member.person});
    if (!existing.ok()) return existing.error();
    if (*existing) {
      return Conflict("đồng chí " + member.full_name + " đã là thành viên của tổ");
    }
    auto inserted = sql().InsertId(
        "INSERT INTO group_members (group_id, person, member_id, full_name, role) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
        {member.group_id, member.person, member.member_id, member.full_name,
         teams::ToString(member.role)});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<bool> SqlGroupStore::RemoveGroupMember(int64_t id) {
  bool removed = false;
  Status s = sql().Transaction([&]() -> Status {
    if (auto r = sql().Run("DELETE FROM group_attendances WHERE group_member_id = $1", {id});
        !r.ok()) {
      return r.error();
    }
    auto changed = Changed(sql().Run("DELETE FROM group_members WHERE id = $1", {id}));
    if (!changed.ok()) return changed.error();
    removed = *changed;
    return {};
  });
  if (!s) return s.error();
  return removed;
}

Result<int64_t> SqlGroupStore::AddAssignment(const app::GroupAssignmentRecord& assignment) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto group =
        sql().FirstInt("SELECT id FROM working_groups WHERE id = $1", {assignment.group_id});
    if (!group.ok()) return group.error();
    if (!*group) return NotFound("không có tổ số " + std::to_string(assignment.group_id));
    auto unit_id = sql().OrgId(assignment.unit_code);
    if (!unit_id.ok()) return unit_id.error();
    auto existing = sql().FirstInt(
        "SELECT id FROM group_assignments WHERE group_id = $1 AND unit_id = $2 AND term = $3",
        {assignment.group_id, *unit_id, assignment.term});
    if (!existing.ok()) return existing.error();
    if (*existing) {
      return Conflict("tổ đã được phân công theo dõi " + assignment.unit_code + " (" +
                      assignment.term + ")");
    }
    auto inserted = sql().InsertId(
        "INSERT INTO group_assignments (group_id, unit_id, term) VALUES ($1, $2, $3) RETURNING id",
        {assignment.group_id, *unit_id, assignment.term});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<bool> SqlGroupStore::RemoveAssignment(int64_t id) {
  bool removed = false;
  Status s = sql().Transaction([&]() -> Status {
    if (auto r = sql().Run("DELETE FROM group_attendances WHERE assignment_id = $1", {id});
        !r.ok()) {
      return r.error();
    }
    auto changed = Changed(sql().Run("DELETE FROM group_assignments WHERE id = $1", {id}));
    if (!changed.ok()) return changed.error();
    removed = *changed;
    return {};
  });
  if (!s) return s.error();
  return removed;
}

Result<std::vector<app::AttendanceRecord>> SqlGroupStore::AttendancesOf(const std::string& person) {
  return ReadAttendances("WHERE m.person = $1", {person});
}

Result<int64_t> SqlGroupStore::AddAttendance(int64_t group_member_id, int64_t assignment_id) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto existing = sql().FirstInt(
        "SELECT id FROM group_attendances WHERE group_member_id = $1 AND assignment_id = $2",
        {group_member_id, assignment_id});
    if (!existing.ok()) return existing.error();
    if (*existing) return Conflict("thành viên đã được phân công dự đại hội này");
    auto inserted = sql().InsertId(
        "INSERT INTO group_attendances (group_member_id, assignment_id) VALUES ($1, $2) "
        "RETURNING id",
        {group_member_id, assignment_id});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<bool> SqlGroupStore::RemoveAttendance(int64_t id) {
  return Changed(sql().Run("DELETE FROM group_attendances WHERE id = $1", {id}));
}

Result<std::vector<app::SubcommitteeRecord>> SqlGroupStore::ReadSubcommittees(
    const std::string& where, const SqlParams& params) {
  std::vector<app::SubcommitteeRecord> subcommittees;
  auto s = sql().Query(
      "SELECT c.id, o.code, c.term, c.kind, c.name FROM subcommittees c "
      "JOIN organizations o ON o.id = c.org_id WHERE " +
          where + " ORDER BY c.id",
      params, [&](const SqlRow& row) {
        app::SubcommitteeRecord subcommittee;
        subcommittee.id = row.Int(0);
        subcommittee.org_code = row.Text(1);
        subcommittee.term = row.Text(2);
        subcommittee.kind =
            teams::ParseSubcommitteeKind(row.Text(3)).value_or(teams::SubcommitteeKind::kOther);
        subcommittee.name = row.Text(4);
        subcommittees.push_back(std::move(subcommittee));
      });
  if (!s) return s.error();
  for (app::SubcommitteeRecord& subcommittee : subcommittees) {
    s = sql().Query(std::string("SELECT id, member_id, full_name, role FROM subcommittee_members "
                                "WHERE subcommittee_id = $1 ORDER BY ") +
                        kRoleOrder,
                    {subcommittee.id}, [&](const SqlRow& row) {
                      subcommittee.members.push_back(
                          {row.Int(0), subcommittee.id, row.Text(1), row.Text(2),
                           teams::ParseGroupRole(row.Text(3)).value_or(teams::GroupRole::kMember)});
                    });
    if (!s) return s.error();
    s = sql().Query(
        "SELECT id, title, owner, due, done, done_on FROM subcommittee_tasks "
        "WHERE subcommittee_id = $1 ORDER BY CASE WHEN due IS NULL THEN 1 ELSE 0 END, due, id",
        {subcommittee.id}, [&](const SqlRow& row) {
          subcommittee.tasks.push_back({row.Int(0), subcommittee.id, row.Text(1), row.Text(2),
                                        row.OptionalDate(3), row.Flag(4), row.OptionalDate(5)});
        });
    if (!s) return s.error();
  }
  return subcommittees;
}

Result<std::vector<app::SubcommitteeRecord>> SqlGroupStore::Subcommittees(
    const std::string& org_code, const std::string& term) {
  auto org_id = sql().OrgId(org_code);
  if (!org_id.ok()) return org_id.error();
  return ReadSubcommittees("c.org_id = $1 AND c.term = $2", {*org_id, term});
}

Result<std::optional<app::SubcommitteeRecord>> SqlGroupStore::FindSubcommittee(int64_t id) {
  auto found = ReadSubcommittees("c.id = $1", {id});
  if (!found.ok()) return found.error();
  if (found->empty()) return std::optional<app::SubcommitteeRecord>();
  return std::optional<app::SubcommitteeRecord>(std::move(found->front()));
}

Result<int64_t> SqlGroupStore::AddSubcommittee(const app::SubcommitteeRecord& subcommittee) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(subcommittee.org_code);
    if (!org_id.ok()) return org_id.error();
    auto existing =
        sql().FirstInt("SELECT id FROM subcommittees WHERE org_id = $1 AND term = $2 AND name = $3",
                       {*org_id, subcommittee.term, subcommittee.name});
    if (!existing.ok()) return existing.error();
    if (*existing) return Conflict("đã có tiểu ban tên '" + subcommittee.name + "'");
    auto inserted = sql().InsertId(
        "INSERT INTO subcommittees (org_id, term, kind, name) VALUES ($1, $2, $3, $4) "
        "RETURNING id",
        {*org_id, subcommittee.term, teams::ToString(subcommittee.kind), subcommittee.name});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return {};
  });
  if (!s) return s.error();
  return id;
}

Result<bool> SqlGroupStore::RemoveSubcommittee(int64_t id) {
  bool removed = false;
  Status s = sql().Transaction([&]() -> Status {
    for (const char* statement : {"DELETE FROM subcommittee_tasks WHERE subcommittee_id = $1",
                                  "DELETE FROM subcommittee_members WHERE subcommittee_id = $1"}) {
      if (auto r = sql().Run(statement, {id}); !r.ok()) return r.error();
    }
    auto changed = Changed(sql().Run("DELETE FROM subcommittees WHERE id = $1", {id}));
    if (!changed.ok()) return changed.error();
    removed = *changed;
    return {};
  });
  if (!s) return s.error();
  return removed;
}

Result<int64_t> SqlGroupStore::AddSubcommitteeMember(const app::SubcommitteeMemberRecord& member) {
  auto found =
      sql().FirstInt("SELECT id FROM subcommittees WHERE id = $1", {member.subcommittee_id});
  if (!found.ok()) return found.error();
  if (!*found) return NotFound("không có tiểu ban số " + std::to_string(member.subcommittee_id));
  return sql().InsertId(
      "INSERT INTO subcommittee_members (subcommittee_id, member_id, full_name, role) "
      "VALUES ($1, $2, $3, $4) RETURNING id",
      {member.subcommittee_id, member.member_id, member.full_name, teams::ToString(member.role)});
}

Result<bool> SqlGroupStore::RemoveSubcommitteeMember(int64_t id) {
  return Changed(sql().Run("DELETE FROM subcommittee_members WHERE id = $1", {id}));
}

Result<int64_t> SqlGroupStore::AddTask(const app::SubcommitteeTaskRecord& task) {
  auto found = sql().FirstInt("SELECT id FROM subcommittees WHERE id = $1", {task.subcommittee_id});
  if (!found.ok()) return found.error();
  if (!*found) return NotFound("không có tiểu ban số " + std::to_string(task.subcommittee_id));
  return sql().InsertId(
      "INSERT INTO subcommittee_tasks (subcommittee_id, title, owner, due, done, done_on) "
      "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      {task.subcommittee_id, task.title, task.owner, task.due, task.done, task.done_on});
}

Result<std::optional<app::SubcommitteeTaskRecord>> SqlGroupStore::FindTask(int64_t id) {
  std::optional<app::SubcommitteeTaskRecord> found;
  auto s = sql().Query(
      "SELECT id, subcommittee_id, title, owner, due, done, done_on FROM subcommittee_tasks "
      "WHERE id = $1",
      {id}, [&](const SqlRow& row) {
        found = app::SubcommitteeTaskRecord{row.Int(0),         row.Int(1),          row.Text(2),
                                            row.Text(3),        row.OptionalDate(4), row.Flag(5),
                                            row.OptionalDate(6)};
      });
  if (!s) return s.error();
  return found;
}

Result<bool> SqlGroupStore::SetTaskDone(int64_t id, bool done, std::optional<Date> done_on) {
  return Changed(sql().Run("UPDATE subcommittee_tasks SET done = $1, done_on = $2 WHERE id = $3",
                           {done, done_on, id}));
}

Result<bool> SqlGroupStore::RemoveTask(int64_t id) {
  return Changed(sql().Run("DELETE FROM subcommittee_tasks WHERE id = $1", {id}));
}

Result<std::vector<app::CommendationRecord>> SqlGroupStore::Commendations(
    const std::string& org_code, const std::string& term) {
  auto org_id = sql().OrgId(org_code);
  if (!org_id.ok()) return org_id.error();
  std::vector<app::CommendationRecord> records;
  auto s = sql().Query(
      "SELECT c.id, c.kind, u.code, c.member_id, c.full_name, c.award, c.decision, c.decided_on, "
      "c.reason, c.recorded_at FROM commendations c "
      "LEFT JOIN organizations u ON u.id = c.unit_id WHERE c.org_id = $1 AND c.term = $2 "
      "ORDER BY CASE c.kind WHEN 'collective' THEN 0 ELSE 1 END, c.id",
      {*org_id, term}, [&](const SqlRow& row) {
        app::CommendationRecord record;
        record.id = row.Int(0);
        record.org_code = org_code;
        record.term = term;
        teams::Commendation& c = record.commendation;
        c.kind = teams::ParseRecipientKind(row.Text(1)).value_or(teams::RecipientKind::kCollective);
        c.org_code = row.Text(2);
        c.member_id = row.Text(3);
        c.full_name = row.Text(4);
        c.award = row.Text(5);
        c.decision = row.Text(6);
        c.decided_on = row.OptionalDate(7);
        c.reason = row.Text(8);
        record.recorded_at = row.Text(9);
        records.push_back(std::move(record));
      });
  if (!s) return s.error();
  return records;
}

Result<std::vector<int64_t>> SqlGroupStore::AddCommendations(
    const std::string& org_code, const std::string& term,
    const std::vector<teams::Commendation>& commendations) {
  std::vector<int64_t> ids;
  Status s = sql().Transaction([&]() -> Status {
    auto org_id = sql().OrgId(org_code);
    if (!org_id.ok()) return org_id.error();
    for (const teams::Commendation& c : commendations) {
      std::optional<int64_t> unit_id;
      if (!c.org_code.empty()) {
        auto found = sql().OrgId(c.org_code);
        if (!found.ok()) return found.error();
        unit_id = *found;
      }
      auto id = sql().InsertId(
          "INSERT INTO commendations (org_id, term, kind, unit_id, member_id, full_name, award, "
          "decision, decided_on, reason, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
          "$9, $10, " +
              sql().NowUtc() + ") RETURNING id",
          {*org_id, term, teams::ToString(c.kind), unit_id, c.member_id, c.full_name, c.award,
           c.decision, c.decided_on, c.reason});
      if (!id.ok()) return id.error();
      ids.push_back(*id);
    }
    return {};
  });
  if (!s) return s.error();
  return ids;
}

Result<bool> SqlGroupStore::RemoveCommendation(int64_t id) {
  return Changed(sql().Run("DELETE FROM commendations WHERE id = $1", {id}));
}

}  // namespace daihoi::storage
