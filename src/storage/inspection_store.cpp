#include "storage/inspection_store.h"

#include <string>
#include <utility>

namespace daihoi::storage {
namespace {

constexpr const char* kInspectionColumns =
    "i.id, o.code, i.term, i.title, i.window_start, i.window_end, i.min_units_per_team, "
    "i.max_units_per_team, i.working_days_only, i.created_at, i.assigned_at";

app::InspectionRecord InspectionOf(const SqlRow& row) {
  app::InspectionRecord record;
  record.id = row.Int(0);
  record.org_code = row.Text(1);
  record.term = row.Text(2);
  record.title = row.Text(3);
  record.window_start = row.OptionalDate(4).value_or(Date());
  record.window_end = row.OptionalDate(5).value_or(Date());
  record.min_units_per_team = static_cast<int>(row.Int(6));
  record.max_units_per_team = static_cast<int>(row.Int(7));
  record.working_days_only = row.Flag(8);
  record.created_at = row.Text(9);
  record.assigned_at = row.Text(10);
  return record;
}

Error UnknownInspection(int64_t id) {
  Error error =
      NotFound("không có đợt kiểm tra số " + std::to_string(id) + " (unknown inspection)");
  error.field = "id";
  return error;
}

Error UnknownUnit(const std::string& code) {
  Error error =
      NotFound("đơn vị '" + code + "' không thuộc danh sách được kiểm tra (unit not listed)");
  error.field = "unit";
  return error;
}

Status RequireInspection(Sql& sql, int64_t id) {
  auto found = sql.FirstInt("SELECT id FROM inspections WHERE id = $1", {id});
  if (!found.ok()) return found.error();
  if (!*found) return UnknownInspection(id);
  return {};
}

Status InsertMembers(Sql& sql, int64_t team_id,
                     const std::vector<app::InspectionMemberRecord>& members) {
  for (size_t k = 0; k < members.size(); ++k) {
    const app::InspectionMemberRecord& m = members[k];
    auto inserted = sql.Run(
        "INSERT INTO inspection_team_members (team_id, position, member_id, full_name, role, "
        "home_org) VALUES ($1, $2, $3, $4, $5, $6)",
        {team_id, static_cast<int64_t>(k), m.member_id, m.full_name,
         m.role.empty() ? std::string("member") : m.role, m.home_org});
    if (!inserted.ok()) return inserted.error();
  }
  return {};
}

}  // namespace

Result<int64_t> SqlInspectionStore::CreateInspection(const app::InspectionRecord& inspection) {
  auto org = sql().OrgId(inspection.org_code);
  if (!org.ok()) return org.error();
  return sql().InsertId(
      "INSERT INTO inspections (org_id, term, title, window_start, window_end, "
      "min_units_per_team, max_units_per_team, working_days_only, created_at) VALUES ($1, $2, "
      "$3, $4, $5, $6, $7, $8, " +
          sql().NowUtc() + ") RETURNING id",
      {*org, inspection.term, inspection.title, inspection.window_start, inspection.window_end,
       inspection.min_units_per_team, inspection.max_units_per_team, inspection.working_days_only});
}

Status SqlInspectionStore::UpdateInspection(const app::InspectionRecord& inspection) {
  auto changed = sql().Run(
      "UPDATE inspections SET title = $2, window_start = $3, window_end = $4, "
      "min_units_per_team = $5, max_units_per_team = $6, working_days_only = $7 WHERE id = $1",
      {inspection.id, inspection.title, inspection.window_start, inspection.window_end,
       inspection.min_units_per_team, inspection.max_units_per_team, inspection.working_days_only});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) return UnknownInspection(inspection.id);
  return {};
}

Result<std::optional<app::InspectionRecord>> SqlInspectionStore::FindInspection(int64_t id) {
  std::optional<app::InspectionRecord> found;
  Status s = sql().Query(std::string("SELECT ") + kInspectionColumns +
                             " FROM inspections i JOIN organizations o ON o.id = i.org_id "
                             "WHERE i.id = $1",
                         {id}, [&](const SqlRow& row) { found = InspectionOf(row); });
  if (!s.ok()) return s.error();
  return found;
}

Result<std::vector<app::InspectionRecord>> SqlInspectionStore::Inspections(
    const std::string& org_code) {
  std::vector<app::InspectionRecord> out;
  std::string query = std::string("SELECT ") + kInspectionColumns +
                      " FROM inspections i JOIN organizations o ON o.id = i.org_id";
  SqlParams params;
  if (!org_code.empty()) {
    auto org = sql().OrgId(org_code);
    if (!org.ok()) return org.error();
    query += " WHERE i.org_id = $1";
    params.push_back(*org);
  }
  query += " ORDER BY i.id DESC";
  Status s =
      sql().Query(query, params, [&](const SqlRow& row) { out.push_back(InspectionOf(row)); });
  if (!s.ok()) return s.error();
  return out;
}

Result<int64_t> SqlInspectionStore::AddTeam(const app::InspectionTeamRecord& team) {
  int64_t id = 0;
  Status s = sql().Transaction([&]() -> Status {
    if (Status found = RequireInspection(sql(), team.inspection_id); !found) return found;
    auto inserted = sql().InsertId(
        "INSERT INTO inspection_teams (inspection_id, name) VALUES ($1, $2) RETURNING id",
        {team.inspection_id, team.name});
    if (!inserted.ok()) return inserted.error();
    id = *inserted;
    return InsertMembers(sql(), id, team.members);
  });
  if (!s.ok()) return s.error();
  return id;
}

Status SqlInspectionStore::UpdateTeam(const app::InspectionTeamRecord& team) {
  return sql().Transaction([&]() -> Status {
    auto changed =
        sql().Run("UPDATE inspection_teams SET name = $3 WHERE id = $1 AND inspection_id = $2",
                  {team.id, team.inspection_id, team.name});
    if (!changed.ok()) return changed.error();
    if (*changed == 0) {
      Error error = NotFound("không có đoàn kiểm tra số " + std::to_string(team.id) +
                             " trong đợt kiểm tra này (unknown team)");
      error.field = "team";
      return error;
    }
    auto removed = sql().Run("DELETE FROM inspection_team_members WHERE team_id = $1", {team.id});
    if (!removed.ok()) return removed.error();
    return InsertMembers(sql(), team.id, team.members);
  });
}

Status SqlInspectionStore::RemoveTeam(int64_t inspection_id, int64_t team_id) {
  return sql().Transaction([&]() -> Status {
    auto found =
        sql().FirstInt("SELECT id FROM inspection_teams WHERE id = $1 AND inspection_id = $2",
                       {team_id, inspection_id});
    if (!found.ok()) return found.error();
    if (!*found) {
      Error error = NotFound("không có đoàn kiểm tra số " + std::to_string(team_id) +
                             " trong đợt kiểm tra này (unknown team)");
      error.field = "team";
      return error;
    }
    // Explicit rather than left to ON DELETE: the order matters to nobody, the outcome to all.
    for (const char* statement :
         {"DELETE FROM inspection_visits WHERE team_id = $1",
          "UPDATE inspection_units SET fixed_team_id = NULL WHERE fixed_team_id = $1",
          "DELETE FROM inspection_team_members WHERE team_id = $1",
          "DELETE FROM inspection_teams WHERE id = $1"}) {
      auto done = sql().Run(statement, {team_id});
      if (!done.ok()) return done.error();
    }
    return {};
  });
}

Result<std::vector<app::InspectionTeamRecord>> SqlInspectionStore::Teams(int64_t inspection_id) {
  std::vector<app::InspectionTeamRecord> teams;
  Status s =
      sql().Query("SELECT id, name FROM inspection_teams WHERE inspection_id = $1 ORDER BY id",
                  {inspection_id}, [&](const SqlRow& row) {
                    app::InspectionTeamRecord team;
                    team.id = row.Int(0);
                    team.inspection_id = inspection_id;
                    team.name = row.Text(1);
                    teams.push_back(std::move(team));
                  });
  if (!s.ok()) return s.error();
  size_t cursor = 0;
  s = sql().Query(
      "SELECT m.team_id, m.member_id, m.full_name, m.role, m.home_org FROM "
      "inspection_team_members m JOIN inspection_teams t ON t.id = m.team_id WHERE "
      "t.inspection_id = $1 ORDER BY m.team_id, m.position",
      {inspection_id}, [&](const SqlRow& row) {
        const int64_t team_id = row.Int(0);
        while (cursor < teams.size() && teams[cursor].id != team_id) ++cursor;
        if (cursor == teams.size()) return;
        teams[cursor].members.push_back({row.Text(1), row.Text(2), row.Text(3), row.Text(4)});
      });
  if (!s.ok()) return s.error();
  return teams;
}

Status SqlInspectionStore::ReplaceUnits(int64_t inspection_id,
                                        const std::vector<app::InspectionUnitRecord>& units) {
  return sql().Transaction([&]() -> Status {
    if (Status found = RequireInspection(sql(), inspection_id); !found) return found;
    auto removed =
        sql().Run("DELETE FROM inspection_units WHERE inspection_id = $1", {inspection_id});
    if (!removed.ok()) return removed.error();
    for (size_t k = 0; k < units.size(); ++k) {
      const app::InspectionUnitRecord& unit = units[k];
      if (unit.fixed_team_id) {
        auto team =
            sql().FirstInt("SELECT id FROM inspection_teams WHERE id = $1 AND inspection_id = $2",
                           {*unit.fixed_team_id, inspection_id});
        if (!team.ok()) return team.error();
        if (!*team) {
          return InvalidInput("đoàn kiểm tra số " + std::to_string(*unit.fixed_team_id) +
                                  " không thuộc đợt kiểm tra này (unknown team)",
                              "units[" + std::to_string(k) + "].team");
        }
      }
      auto inserted = sql().Run(
          "INSERT INTO inspection_units (inspection_id, position, org_code, name, members, "
          "visit_days, fixed_team_id) VALUES ($1, $2, $3, $4, $5, $6, $7)",
          {inspection_id, static_cast<int64_t>(k), unit.org_code, unit.name, unit.members,
           unit.visit_days, unit.fixed_team_id});
      if (!inserted.ok()) return inserted.error();
    }
    // Visits and findings of units no longer listed go with them.
    for (const char* table : {"inspection_visits", "inspection_findings"}) {
      auto dropped = sql().Run(std::string("DELETE FROM ") + table +
                                   " WHERE inspection_id = $1 AND org_code NOT IN (SELECT "
                                   "org_code FROM inspection_units WHERE inspection_id = $1)",
                               {inspection_id});
      if (!dropped.ok()) return dropped.error();
    }
    return {};
  });
}

Result<std::vector<app::InspectionUnitRecord>> SqlInspectionStore::Units(int64_t inspection_id) {
  std::vector<app::InspectionUnitRecord> units;
  Status s = sql().Query(
      "SELECT org_code, name, members, visit_days, fixed_team_id FROM inspection_units WHERE "
      "inspection_id = $1 ORDER BY position",
      {inspection_id}, [&](const SqlRow& row) {
        app::InspectionUnitRecord unit;
        unit.org_code = row.Text(0);
        unit.name = row.Text(1);
        unit.members = row.Int(2);
        unit.visit_days = static_cast<int>(row.Int(3));
        unit.fixed_team_id = row.OptionalInt(4);
        units.push_back(std::move(unit));
      });
  if (!s.ok()) return s.error();
  return units;
}

Status SqlInspectionStore::SetFixedTeam(int64_t inspection_id, const std::string& org_code,
                                        std::optional<int64_t> team_id) {
  auto changed = sql().Run(
      "UPDATE inspection_units SET fixed_team_id = $3 WHERE inspection_id = $1 AND org_code = $2",
      {inspection_id, org_code, team_id});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) return UnknownUnit(org_code);
  return {};
}

Status SqlInspectionStore::SaveAssignment(int64_t inspection_id,
                                          const std::vector<app::InspectionVisitRecord>& visits) {
  return sql().Transaction([&]() -> Status {
    if (Status found = RequireInspection(sql(), inspection_id); !found) return found;
    auto removed =
        sql().Run("DELETE FROM inspection_visits WHERE inspection_id = $1", {inspection_id});
    if (!removed.ok()) return removed.error();
    for (const app::InspectionVisitRecord& visit : visits) {
      auto inserted = sql().Run(
          "INSERT INTO inspection_visits (inspection_id, team_id, org_code, start_date, "
          "end_date, manual) VALUES ($1, $2, $3, $4, $5, $6)",
          {inspection_id, visit.team_id, visit.org_code, visit.start, visit.end, visit.manual});
      if (!inserted.ok()) return inserted.error();
    }
    auto stamped =
        sql().Run("UPDATE inspections SET assigned_at = " + sql().NowUtc() + " WHERE id = $1",
                  {inspection_id});
    if (!stamped.ok()) return stamped.error();
    return {};
  });
}

Status SqlInspectionStore::UpdateVisit(int64_t inspection_id,
                                       const app::InspectionVisitRecord& visit) {
  auto changed = sql().Run(
      "UPDATE inspection_visits SET team_id = $3, start_date = $4, end_date = $5, manual = 1 "
      "WHERE id = $1 AND inspection_id = $2",
      {visit.id, inspection_id, visit.team_id, visit.start, visit.end});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) {
    Error error = NotFound("không có lịch kiểm tra số " + std::to_string(visit.id) +
                           " trong đợt kiểm tra này (unknown visit)");
    error.field = "visit";
    return error;
  }
  return {};
}

Result<std::vector<app::InspectionVisitRecord>> SqlInspectionStore::Visits(int64_t inspection_id) {
  std::vector<app::InspectionVisitRecord> visits;
  Status s = sql().Query(
      "SELECT id, team_id, org_code, start_date, end_date, manual FROM inspection_visits WHERE "
      "inspection_id = $1 ORDER BY team_id, start_date, id",
      {inspection_id}, [&](const SqlRow& row) {
        app::InspectionVisitRecord visit;
        visit.id = row.Int(0);
        visit.team_id = row.Int(1);
        visit.org_code = row.Text(2);
        visit.start = row.OptionalDate(3).value_or(Date());
        visit.end = row.OptionalDate(4).value_or(Date());
        visit.manual = row.Flag(5);
        visits.push_back(std::move(visit));
      });
  if (!s.ok()) return s.error();
  return visits;
}

Status SqlInspectionStore::UpsertFinding(int64_t inspection_id, const app::FindingRecord& finding) {
  return sql().Transaction([&]() -> Status {
    auto listed = sql().FirstInt(
        "SELECT position FROM inspection_units WHERE inspection_id = $1 AND org_code = $2",
        {inspection_id, finding.org_code});
    if (!listed.ok()) return listed.error();
    if (!*listed) return UnknownUnit(finding.org_code);
    auto written = sql().Run(
        "INSERT INTO inspection_findings (inspection_id, org_code, strengths, weaknesses, "
        "recommendations, recorded_at) VALUES ($1, $2, $3, $4, $5, " +
            sql().NowUtc() +
            ") ON CONFLICT (inspection_id, org_code) DO UPDATE SET strengths = "
            "excluded.strengths, weaknesses = excluded.weaknesses, recommendations = "
            "excluded.recommendations, recorded_at = excluded.recorded_at",
        {inspection_id, finding.org_code, finding.strengths, finding.weaknesses,
         finding.recommendations});
    if (!written.ok()) return written.error();
    return {};
  });
}

Result<std::vector<app::FindingRecord>> SqlInspectionStore::Findings(int64_t inspection_id) {
  std::vector<app::FindingRecord> findings;
  Status s = sql().Query(
      "SELECT f.org_code, f.strengths, f.weaknesses, f.recommendations, f.recorded_at FROM "
      "inspection_findings f JOIN inspection_units u ON u.inspection_id = f.inspection_id AND "
      "u.org_code = f.org_code WHERE f.inspection_id = $1 ORDER BY u.position",
      {inspection_id}, [&](const SqlRow& row) {
        findings.push_back({row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4)});
      });
  if (!s.ok()) return s.error();
  return findings;
}

}  // namespace daihoi::storage
