// Helpers of the inspection use cases (inspection_common.h).
#include "app/inspection_common.h"

#include <map>
#include <set>
#include <utility>

namespace daihoi::app::inspection_detail {

Result<Loaded> Load(Store& store, int64_t id) {
  InspectionStore& inspections = InspectionsOf(store);
  auto record = inspections.FindInspection(id);
  if (!record.ok()) return record.error();
  if (!*record) {
    Error error =
        NotFound("không có đợt kiểm tra số " + std::to_string(id) + " (unknown inspection)");
    error.field = "id";
    return error;
  }
  Loaded loaded;
  loaded.record = std::move(**record);
  auto organization = store.FindOrganization(loaded.record.org_code);
  if (!organization.ok()) return organization.error();
  loaded.org_name = *organization ? (*organization)->name : loaded.record.org_code;
  auto teams = inspections.Teams(id);
  if (!teams.ok()) return teams.error();
  loaded.teams = std::move(*teams);
  auto units = inspections.Units(id);
  if (!units.ok()) return units.error();
  loaded.units = std::move(*units);
  auto visits = inspections.Visits(id);
  if (!visits.ok()) return visits.error();
  loaded.visits = std::move(*visits);
  auto findings = inspections.Findings(id);
  if (!findings.ok()) return findings.error();
  loaded.findings = std::move(*findings);
  return loaded;
}

Result<Engine> ToEngine(Store& store, const Loaded& loaded) {
  Engine engine;
  engine.rules.min_units_per_team = loaded.record.min_units_per_team;
  engine.rules.max_units_per_team = loaded.record.max_units_per_team;
  engine.rules.working_days_only = loaded.record.working_days_only;
  std::set<std::string> listed;
  for (const InspectionUnitRecord& unit : loaded.units) {
    listed.insert(unit.org_code);
    engine.units.push_back({unit.org_code, unit.name, unit.members, unit.visit_days});
  }
  // Organization code → the listed unit that holds it (itself or an ancestor), "" for none.
  std::map<std::string, std::string> home_unit;
  auto resolve = [&](const std::string& code) -> Result<std::string> {
    if (code.empty()) return std::string();
    auto known = home_unit.find(code);
    if (known != home_unit.end()) return known->second;
    std::string found;
    if (listed.contains(code)) {
      found = code;
    } else {
      auto ancestors = store.Ancestors(code);
      if (!ancestors.ok()) {
        // An organization deleted since the member was recorded holds no listed unit.
        if (ancestors.error().code != ErrorCode::kNotFound) return ancestors.error();
      } else {
        for (const org::Organization& ancestor : *ancestors) {
          if (listed.contains(ancestor.code)) {
            found = ancestor.code;
            break;
          }
        }
      }
    }
    home_unit[code] = found;
    return found;
  };
  for (const InspectionTeamRecord& team : loaded.teams) {
    teams::InspectionTeam engine_team;
    engine_team.id = std::to_string(team.id);
    engine_team.name = team.name;
    for (const InspectionMemberRecord& member : team.members) {
      auto home = resolve(member.home_org);
      if (!home.ok()) return home.error();
      engine_team.members.push_back(
          {member.member_id.empty() ? "name:" + member.full_name : member.member_id, *home});
    }
    engine.teams.push_back(std::move(engine_team));
  }
  return engine;
}

std::vector<teams::Visit> EngineVisits(const std::vector<InspectionVisitRecord>& visits) {
  std::vector<teams::Visit> out;
  for (const InspectionVisitRecord& visit : visits) {
    out.push_back({std::to_string(visit.team_id), visit.org_code, visit.start, visit.end});
  }
  return out;
}

Date VisitEnd(Date start, int days, bool working_only) {
  Date end = start;
  int counted = working_only && start.IsWeekend() ? 0 : 1;
  while (counted < days) {
    end = end.AddDays(1);
    if (!working_only || !end.IsWeekend()) ++counted;
  }
  return end;
}

std::vector<std::string> Readable(std::vector<std::string> problems,
                                  const std::vector<InspectionTeamRecord>& teams) {
  for (std::string& problem : problems) {
    for (const InspectionTeamRecord& team : teams) {
      const std::string quoted = "đoàn '" + std::to_string(team.id) + "'";
      for (size_t at = problem.find(quoted); at != std::string::npos;
           at = problem.find(quoted, at + 1)) {
        problem.replace(at, quoted.size(), team.name);
      }
    }
    // A registry member by name: "thành viên HN-0001" → "thành viên Nguyễn Thị Hoa".
    for (const InspectionTeamRecord& team : teams) {
      for (const InspectionMemberRecord& member : team.members) {
        if (member.member_id.empty()) continue;
        const std::string by_id = "thành viên " + member.member_id;
        for (size_t at = problem.find(by_id); at != std::string::npos;
             at = problem.find(by_id, at + 1)) {
          const size_t end = at + by_id.size();
          // Not a longer id that starts with this one.
          if (end < problem.size() && problem[end] != ' ') continue;
          problem.replace(at, by_id.size(), "thành viên " + member.full_name);
        }
      }
    }
    for (size_t at = problem.find("name:"); at != std::string::npos;
         at = problem.find("name:", at)) {
      problem.erase(at, 5);
    }
  }
  return problems;
}

InspectionView BuildView(Loaded loaded, const Engine& engine) {
  InspectionView view;
  std::map<std::string, const InspectionVisitRecord*> visit_of;
  for (const InspectionVisitRecord& visit : loaded.visits) visit_of[visit.org_code] = &visit;
  std::map<std::string, const FindingRecord*> finding_of;
  for (const FindingRecord& finding : loaded.findings) finding_of[finding.org_code] = &finding;
  std::map<std::string, std::vector<int64_t>> excluded;
  for (size_t t = 0; t < engine.teams.size(); ++t) {
    for (const teams::TeamMember& member : engine.teams[t].members) {
      if (member.home_org.empty()) continue;
      auto& list = excluded[member.home_org];
      if (list.empty() || list.back() != loaded.teams[t].id) list.push_back(loaded.teams[t].id);
    }
  }
  std::map<int64_t, size_t> team_index;
  for (const InspectionTeamRecord& team : loaded.teams) {
    team_index[team.id] = view.loads.size();
    view.loads.push_back({team.id, 0, 0});
  }
  for (InspectionUnitRecord& unit : loaded.units) {
    InspectionView::Unit row;
    auto visit = visit_of.find(unit.org_code);
    if (visit != visit_of.end()) {
      row.visit = *visit->second;
      auto index = team_index.find(visit->second->team_id);
      if (index != team_index.end()) {
        ++view.loads[index->second].units;
        view.loads[index->second].members += unit.members;
      }
    }
    auto finding = finding_of.find(unit.org_code);
    if (finding != finding_of.end()) row.finding = *finding->second;
    auto teams_out = excluded.find(unit.org_code);
    if (teams_out != excluded.end()) row.excluded_teams = teams_out->second;
    row.unit = std::move(unit);
    view.units.push_back(std::move(row));
  }
  if (!loaded.visits.empty()) {
    view.problems = Readable(
        teams::CheckAssignment(engine.teams, engine.units, loaded.record.window_start,
                               loaded.record.window_end, engine.rules, EngineVisits(loaded.visits)),
        loaded.teams);
  }
  view.inspection = std::move(loaded.record);
  view.org_name = std::move(loaded.org_name);
  view.teams = std::move(loaded.teams);
  return view;
}

Error UnknownTeam(int64_t team_id, const std::string& field) {
  Error error = NotFound("không có đoàn kiểm tra số " + std::to_string(team_id) +
                         " trong đợt kiểm tra này (unknown team)");
  error.field = field;
  return error;
}

}  // namespace daihoi::app::inspection_detail

namespace daihoi::app::inspection_detail {

Result<InspectionRecord> RecordOf(const InspectionInput& input) {
  if (!input.window_start) {
    return InvalidInput("thiếu ngày bắt đầu đợt kiểm tra (window start required)", "window_start");
  }
  if (!input.window_end) {
    return InvalidInput("thiếu ngày kết thúc đợt kiểm tra (window end required)", "window_end");
  }
  if (*input.window_end < *input.window_start) {
    return InvalidInput("ngày kết thúc trước ngày bắt đầu (window ends before it starts)",
                        "window_end");
  }
  if (input.min_units_per_team < 0) {
    return InvalidInput("số đơn vị tối thiểu mỗi đoàn phải từ 0 trở lên", "min_units_per_team");
  }
  if (input.max_units_per_team < 1 || input.max_units_per_team < input.min_units_per_team) {
    return InvalidInput("số đơn vị tối đa mỗi đoàn phải từ 1 trở lên và không nhỏ hơn số tối thiểu",
                        "max_units_per_team");
  }
  InspectionRecord record;
  record.org_code = input.org_code;
  record.term = input.term;
  record.title =
      input.title.empty() ? "Kiểm tra công tác chuẩn bị đại hội đảng bộ các cấp" : input.title;
  record.window_start = *input.window_start;
  record.window_end = *input.window_end;
  record.min_units_per_team = input.min_units_per_team;
  record.max_units_per_team = input.max_units_per_team;
  record.working_days_only = input.working_days_only;
  return record;
}

}  // namespace daihoi::app::inspection_detail

namespace daihoi::app::inspection_detail {

Result<InspectionTeamRecord> TeamOf(Store& store, const TeamInput& input,
                                    const std::string& default_name) {
  InspectionTeamRecord team;
  team.name = input.name.empty() ? default_name : input.name;
  bool leader = false;
  for (size_t k = 0; k < input.members.size(); ++k) {
    const TeamMemberInput& given = input.members[k];
    const std::string where = "members[" + std::to_string(k) + "]";
    InspectionMemberRecord member;
    member.member_id = given.member_id;
    member.full_name = given.full_name;
    member.home_org = given.home_org;
    if (!given.member_id.empty()) {
      MemberQuery query;
      query.text = given.member_id;
      query.limit = 50;
      auto page = store.SearchMembers(query);
      if (!page.ok()) return page.error();
      const org::Member* found = nullptr;
      for (const org::Member& candidate : page->items) {
        if (candidate.id == given.member_id) found = &candidate;
      }
      if (!found) {
        return InvalidInput("không có đảng viên mã '" + given.member_id +
                                "' trong danh sách đảng viên (unknown member)",
                            where + ".member_id");
      }
      if (member.full_name.empty()) member.full_name = found->full_name;
      if (member.home_org.empty()) member.home_org = found->org_code;
    }
    if (member.full_name.empty()) {
      return InvalidInput("thiếu họ và tên thành viên (full name required)", where + ".full_name");
    }
    if (!member.home_org.empty()) {
      auto organization = store.FindOrganization(member.home_org);
      if (!organization.ok()) return organization.error();
      if (!*organization) {
        return InvalidInput(
            "không có tổ chức đảng '" + member.home_org + "' (unknown organization)",
            where + ".home_org");
      }
    }
    member.role = given.role;
    if (member.role.empty()) member.role = k == 0 ? "leader" : "member";
    if (member.role != "leader" && member.role != "deputy" && member.role != "member") {
      return InvalidInput(
          "vai trò phải là leader, deputy hoặc member (trưởng đoàn, phó đoàn, "
          "thành viên)",
          where + ".role");
    }
    if (member.role == "leader") {
      if (leader)
        return InvalidInput("mỗi đoàn chỉ có một trưởng đoàn (one leader)", where + ".role");
      leader = true;
    }
    team.members.push_back(std::move(member));
  }
  return team;
}

}  // namespace daihoi::app::inspection_detail
