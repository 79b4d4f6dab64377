#include "json/inspection_json.h"

#include <string>
#include <utility>

#include "json/fields.h"
#include "text/text.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using nlohmann::ordered_json;

Status RequireInspectionBody(const json& body) {
  if (!body.is_object()) return InvalidInput("phải là một đối tượng JSON (a JSON object)", "body");
  return {};
}

// An optional text field: "" when absent or null; kInvalidInput when not a string.
Result<std::string> InspectionText(const json& body, const std::string& key,
                                   const std::string& where) {
  if (!body.contains(key) || body[key].is_null()) return std::string();
  if (!body[key].is_string()) return InvalidInput("phải là chuỗi (a string)", where + key);
  return text::Normalize(body[key].get<std::string>());
}

Result<std::optional<Date>> InspectionDate(const json& body, const std::string& key) {
  auto value = InspectionText(body, key, "");
  if (!value.ok()) return value.error();
  if (value->empty()) return std::optional<Date>();
  auto date = Date::Parse(*value);
  if (!date) return InvalidInput("ngày không hợp lệ, dùng YYYY-MM-DD (bad date)", key);
  return std::optional<Date>(*date);
}

Result<std::optional<int64_t>> IntField(const json& body, const std::string& key,
                                        const std::string& where) {
  if (!body.contains(key) || body[key].is_null()) return std::optional<int64_t>();
  if (!body[key].is_number_integer()) {
    return InvalidInput("phải là số nguyên (an integer)", where + key);
  }
  return std::optional<int64_t>(body[key].get<int64_t>());
}

}  // namespace

ordered_json InspectionToJson(const app::InspectionRecord& record) {
  ordered_json out;
  out["id"] = record.id;
  out["org_code"] = record.org_code;
  out["term"] = record.term;
  out["title"] = record.title;
  out["window_start"] = record.window_start.ToIso();
  out["window_end"] = record.window_end.ToIso();
  out["min_units_per_team"] = record.min_units_per_team;
  out["max_units_per_team"] = record.max_units_per_team;
  out["working_days_only"] = record.working_days_only;
  out["created_at"] = record.created_at;
  out["assigned_at"] = OrNull(record.assigned_at);
  return out;
}

ordered_json InspectionViewToJson(const app::InspectionView& view) {
  ordered_json out = InspectionToJson(view.inspection);
  out["org_name"] = view.org_name;
  ordered_json teams = ordered_json::array();
  for (size_t k = 0; k < view.teams.size(); ++k) {
    const app::InspectionTeamRecord& team = view.teams[k];
    ordered_json members = ordered_json::array();
    for (const app::InspectionMemberRecord& member : team.members) {
      members.push_back({{"member_id", member.member_id},
                         {"full_name", member.full_name},
                         {"role", member.role},
                         {"role_text", app::InspectionRoleText(member.role)},
                         {"home_org", member.home_org}});
    }
    ordered_json item;
    item["id"] = team.id;
    item["name"] = team.name;
    item["members"] = std::move(members);
    item["units"] = k < view.loads.size() ? view.loads[k].units : 0;
    item["load"] = k < view.loads.size() ? view.loads[k].members : 0;
    teams.push_back(std::move(item));
  }
  out["teams"] = std::move(teams);
  ordered_json units = ordered_json::array();
  for (const app::InspectionView::Unit& unit : view.units) {
    ordered_json item;
    item["org_code"] = unit.unit.org_code;
    item["name"] = unit.unit.name;
    item["members"] = unit.unit.members;
    item["visit_days"] = unit.unit.visit_days;
    item["fixed_team_id"] =
        unit.unit.fixed_team_id ? ordered_json(*unit.unit.fixed_team_id) : ordered_json(nullptr);
    item["excluded_teams"] = unit.excluded_teams;
    if (unit.visit) {
      item["visit"] = {{"id", unit.visit->id},
                       {"team_id", unit.visit->team_id},
                       {"start", unit.visit->start.ToIso()},
                       {"end", unit.visit->end.ToIso()},
                       {"manual", unit.visit->manual}};
    } else {
      item["visit"] = nullptr;
    }
    if (unit.finding) {
      item["finding"] = {{"strengths", unit.finding->strengths},
                         {"weaknesses", unit.finding->weaknesses},
                         {"recommendations", unit.finding->recommendations},
                         {"recorded_at", unit.finding->recorded_at}};
    } else {
      item["finding"] = nullptr;
    }
    units.push_back(std::move(item));
  }
  out["units"] = std::move(units);
  out["problems"] = view.problems;
  return out;
}

Result<app::InspectionInput> InspectionInputFromJson(const json& body) {
  if (Status s = RequireInspectionBody(body); !s) return s.error();
  app::InspectionInput input;
  for (auto [key, target] : {std::pair<const char*, std::string*>{"org_code", &input.org_code},
                             {"term", &input.term},
                             {"title", &input.title}}) {
    auto value = InspectionText(body, key, "");
    if (!value.ok()) return value.error();
    *target = std::move(*value);
  }
  auto start = InspectionDate(body, "window_start");
  if (!start.ok()) return start.error();
  input.window_start = *start;
  auto end = InspectionDate(body, "window_end");
  if (!end.ok()) return end.error();
  input.window_end = *end;
  for (auto [key, target] :
       {std::pair<const char*, int*>{"min_units_per_team", &input.min_units_per_team},
        {"max_units_per_team", &input.max_units_per_team}}) {
    auto value = IntField(body, key, "");
    if (!value.ok()) return value.error();
    if (*value) *target = static_cast<int>(**value);
  }
  if (body.contains("working_days_only") && !body["working_days_only"].is_null()) {
    if (!body["working_days_only"].is_boolean()) {
      return InvalidInput("phải là true hoặc false (a boolean)", "working_days_only");
    }
    input.working_days_only = body["working_days_only"].get<bool>();
  }
  return input;
}

Result<app::TeamInput> TeamInputFromJson(const json& body) {
  if (Status s = RequireInspectionBody(body); !s) return s.error();
  app::TeamInput team;
  auto name = InspectionText(body, "name", "");
  if (!name.ok()) return name.error();
  team.name = std::move(*name);
  if (body.contains("members") && !body["members"].is_null()) {
    if (!body["members"].is_array()) return InvalidInput("phải là một mảng (an array)", "members");
    for (size_t k = 0; k < body["members"].size(); ++k) {
      const json& item = body["members"][k];
      const std::string where = "members[" + std::to_string(k) + "].";
      if (!item.is_object()) {
        return InvalidInput("phải là một đối tượng JSON (an object)",
                            where.substr(0, where.size() - 1));
      }
      app::TeamMemberInput member;
      for (auto [key, target] :
           {std::pair<const char*, std::string*>{"member_id", &member.member_id},
            {"full_name", &member.full_name},
            {"role", &member.role},
            {"home_org", &member.home_org}}) {
        auto value = InspectionText(item, key, where);
        if (!value.ok()) return value.error();
        *target = std::move(*value);
      }
      team.members.push_back(std::move(member));
    }
  }
  return team;
}

Result<std::vector<app::UnitChoice>> UnitChoicesFromJson(const json& body) {
  if (Status s = RequireInspectionBody(body); !s) return s.error();
  std::vector<app::UnitChoice> units;
  if (!body.contains("units") || body["units"].is_null()) return units;
  if (!body["units"].is_array()) return InvalidInput("phải là một mảng (an array)", "units");
  for (size_t k = 0; k < body["units"].size(); ++k) {
    const json& item = body["units"][k];
    const std::string where = "units[" + std::to_string(k) + "].";
    app::UnitChoice choice;
    if (item.is_string()) {
      choice.org_code = text::Normalize(item.get<std::string>());
    } else if (item.is_object()) {
      auto code = InspectionText(item, "org_code", where);
      if (!code.ok()) return code.error();
      choice.org_code = std::move(*code);
      auto days = IntField(item, "visit_days", where);
      if (!days.ok()) return days.error();
      if (*days) choice.visit_days = static_cast<int>(**days);
    } else {
      return InvalidInput("phải là mã đơn vị hoặc đối tượng (a code or an object)",
                          where.substr(0, where.size() - 1));
    }
    if (choice.org_code.empty()) return InvalidInput("thiếu mã đơn vị", where + "org_code");
    units.push_back(std::move(choice));
  }
  return units;
}

Result<app::VisitMove> VisitMoveFromJson(const json& body) {
  if (Status s = RequireInspectionBody(body); !s) return s.error();
  app::VisitMove move;
  auto team = IntField(body, "team_id", "");
  if (!team.ok()) return team.error();
  move.team = *team;
  auto start = InspectionDate(body, "start");
  if (!start.ok()) return start.error();
  move.start = *start;
  return move;
}

Result<app::FindingInput> FindingFromJson(const json& body) {
  if (Status s = RequireInspectionBody(body); !s) return s.error();
  app::FindingInput finding;
  for (auto [key, target] : {std::pair<const char*, std::string*>{"unit", &finding.unit},
                             {"strengths", &finding.strengths},
                             {"weaknesses", &finding.weaknesses},
                             {"recommendations", &finding.recommendations}}) {
    auto value = InspectionText(body, key, "");
    if (!value.ok()) return value.error();
    *target = std::move(*value);
  }
  return finding;
}

}  // namespace daihoi::json
