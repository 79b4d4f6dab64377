#include "json/party_json.h"

#include <cmath>
#include <string>

#include "json/fields.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::ordered_json;

double Round1(double value) { return std::round(value * 10.0) / 10.0; }

Result<std::string> BuildingText(const nlohmann::json& body, const std::string& path,
                                 const std::string& field, bool required) {
  if (!body.contains(field) || body[field].is_null()) {
    if (required) return InvalidField(JoinPath(path, field), "thiếu trường (required)");
    return std::string();
  }
  if (!body[field].is_string())
    return InvalidField(JoinPath(path, field), "phải là chuỗi (must be a string)");
  return body[field].get<std::string>();
}

Result<int64_t> BuildingInteger(const nlohmann::json& body, const std::string& path,
                                const std::string& field, bool required, int64_t fallback) {
  if (!body.contains(field) || body[field].is_null()) {
    if (required) return InvalidField(JoinPath(path, field), "thiếu trường (required)");
    return fallback;
  }
  if (!body[field].is_number_integer()) {
    return InvalidField(JoinPath(path, field), "phải là số nguyên (must be an integer)");
  }
  return body[field].get<int64_t>();
}

Result<Date> BuildingDate(const nlohmann::json& body, const std::string& path,
                          const std::string& field) {
  auto text = BuildingText(body, path, field, true);
  if (!text.ok()) return text.error();
  auto date = Date::Parse(*text);
  if (!date)
    return InvalidField(JoinPath(path, field), "ngày không hợp lệ '" + *text + "' (YYYY-MM-DD)");
  return *date;
}

ordered_json TotalsKinds(const building::CommunicationTotals& totals) {
  ordered_json kinds = ordered_json::array();
  for (const building::KindTotal& kind : totals.kinds) {
    kinds.push_back({{"kind", building::ToString(kind.kind)},
                     {"label", building::Label(kind.kind)},
                     {"items", kind.items},
                     {"copies", kind.copies}});
  }
  return kinds;
}

}  // namespace

ordered_json GradesToJson(const std::vector<building::Grade>& grades) {
  ordered_json items = ordered_json::array();
  for (const building::Grade& grade : grades) {
    items.push_back({{"code", grade.code}, {"name", grade.name}, {"rank", grade.rank}});
  }
  return items;
}

ordered_json RatingToJson(const building::Rating& rating) {
  return {{"year", rating.year},
          {"kind", building::ToString(rating.kind)},
          {"org_code", rating.org_code},
          {"member_id", rating.member_id},
          {"full_name", rating.full_name},
          {"grade", rating.grade},
          {"note", rating.note}};
}

ordered_json RatingSharesToJson(const app::RatingSharesView& view) {
  ordered_json shares = ordered_json::array();
  for (const building::GradeShares& s : view.shares) {
    ordered_json grades = ordered_json::array();
    for (const building::GradeShare& g : s.grades) {
      grades.push_back({{"grade", g.grade.code},
                        {"name", g.grade.name},
                        {"rank", g.grade.rank},
                        {"count", g.count},
                        {"percent", Round1(g.percent)}});
    }
    shares.push_back({{"year", s.year},
                      {"kind", building::ToString(s.kind)},
                      {"rated", s.rated},
                      {"grades", grades},
                      {"cap",
                       {{"top", s.cap.top},
                        {"base", s.cap.base},
                        {"allowed", s.cap.allowed},
                        {"exceeded", s.cap.exceeded},
                        {"warning", s.cap.warning}}}});
  }
  return {{"root", view.root},
          {"root_name", view.root_name},
          {"cap", {{"max_percent", view.cap.max_percent}, {"base_rank", view.cap.base_rank}}},
          {"grades", GradesToJson(view.grades)},
          {"shares", shares}};
}

ordered_json MovementToJson(const app::MovementRecord& record) {
  const building::Movement& m = record.movement;
  return {{"id", record.id},
          {"org_code", m.org_code},
          {"org_name", record.org_name},
          {"kind", building::ToString(m.kind)},
          {"on", m.on.ToIso()},
          {"count", m.count},
          {"member_id", m.member_id},
          {"full_name", m.full_name},
          {"note", m.note}};
}

ordered_json MemberCountsToJson(const app::MemberCountsView& view) {
  ordered_json rows = ordered_json::array();
  for (const app::MemberCountRow& row : view.rows) {
    rows.push_back({{"org_code", row.org_code},
                    {"name", row.name},
                    {"level", row.level},
                    {"depth", row.depth},
                    {"from_movements", row.count.has_movements},
                    {"members", row.count.subtree.members},
                    {"probationary", row.count.subtree.probationary},
                    {"full", row.count.subtree.full()},
                    {"own_members", row.count.own.members}});
  }
  return {{"root", view.root},
          {"as_of", view.as_of.ToIso()},
          {"probation_months", view.probation_months},
          {"rows", rows}};
}

ordered_json AdmissionsToJson(const app::AdmissionsView& view) {
  ordered_json targets = ordered_json::array();
  for (const app::AdmissionRow& row : view.targets) {
    const building::AdmissionProgress& p = row.progress;
    targets.push_back({{"org_code", row.org_code},
                       {"name", row.name},
                       {"term", p.target.term},
                       {"from", p.target.from.ToIso()},
                       {"to", p.target.to.ToIso()},
                       {"target", p.target.target},
                       {"admitted", p.admitted},
                       {"percent", Round1(p.percent)},
                       {"reached", p.reached}});
  }
  ordered_json units = ordered_json::array();
  for (const app::UnitAdmissions& unit : view.units) {
    units.push_back({{"org_code", unit.org_code},
                     {"name", unit.name},
                     {"admitted", unit.admitted},
                     {"target", unit.target ? ordered_json(*unit.target) : ordered_json(nullptr)}});
  }
  ordered_json years = ordered_json::array();
  for (const app::YearAdmissions& year : view.years) {
    years.push_back({{"year", year.year}, {"admitted", year.admitted}});
  }
  return {{"root", view.root}, {"root_name", view.root_name},
          {"term", view.term}, {"targets", targets},
          {"units", units},    {"years", years}};
}

ordered_json CommunicationItemToJson(const app::CommunicationRecord& record) {
  const building::CommunicationItem& item = record.item;
  return {{"id", record.id},
          {"org_code", item.org_code},
          {"org_name", record.org_name},
          {"kind", building::ToString(item.kind)},
          {"on", item.on.ToIso()},
          {"title", item.title},
          {"link", item.link},
          {"copies", item.copies},
          {"note", item.note}};
}

ordered_json CommunicationTotalsToJson(const building::CommunicationTotals& totals) {
  return {{"items", totals.items}, {"copies", totals.copies}, {"kinds", TotalsKinds(totals)}};
}

ordered_json CommunicationViewToJson(const app::CommunicationView& view) {
  ordered_json units = ordered_json::array();
  for (const app::UnitCommunication& unit : view.units) {
    units.push_back({{"org_code", unit.org_code},
                     {"name", unit.name},
                     {"totals", CommunicationTotalsToJson(unit.totals)}});
  }
  return {{"root", view.root},
          {"root_name", view.root_name},
          {"from", DateOrNull(view.from)},
          {"to", DateOrNull(view.to)},
          {"totals", CommunicationTotalsToJson(view.totals)},
          {"units", units}};
}

ordered_json BatchReportToJson(const app::BatchReport& report) {
  ordered_json problems = ordered_json::array();
  for (const app::ItemProblem& problem : report.problems) {
    problems.push_back(
        {{"index", problem.index}, {"field", problem.field}, {"message", problem.message}});
  }
  return {{"items", report.items},
          {"inserted", report.inserted},
          {"written", report.written},
          {"problems", problems}};
}

Result<building::Rating> RatingFromJson(const nlohmann::json& body, const std::string& path) {
  if (!body.is_object()) return InvalidInput("phải là đối tượng (must be an object)", path);
  building::Rating rating;
  auto year = BuildingInteger(body, path, "year", true, 0);
  if (!year.ok()) return year.error();
  rating.year = static_cast<int>(*year);
  auto kind = BuildingText(body, path, "kind", false);
  if (!kind.ok()) return kind.error();
  if (!kind->empty()) {
    auto parsed = building::ParseRatedKind(*kind);
    if (!parsed)
      return InvalidField(JoinPath(path, "kind"), "đối tượng không hợp lệ '" + *kind + "'");
    rating.kind = *parsed;
  }
  for (auto [field, target] :
       {std::pair{"org_code", &rating.org_code}, std::pair{"member_id", &rating.member_id},
        std::pair{"full_name", &rating.full_name}, std::pair{"grade", &rating.grade},
        std::pair{"note", &rating.note}}) {
    auto text = BuildingText(body, path, field, false);
    if (!text.ok()) return text.error();
    *target = *text;
  }
  if (kind->empty() && !rating.member_id.empty()) rating.kind = building::RatedKind::kMember;
  return rating;
}

Result<building::Movement> MovementFromJson(const nlohmann::json& body, const std::string& path) {
  if (!body.is_object()) return InvalidInput("phải là đối tượng (must be an object)", path);
  building::Movement m;
  auto kind = BuildingText(body, path, "kind", true);
  if (!kind.ok()) return kind.error();
  auto parsed = building::ParseMovementKind(*kind);
  if (!parsed)
    return InvalidField(JoinPath(path, "kind"), "loại biến động không hợp lệ '" + *kind + "'");
  m.kind = *parsed;
  auto on = BuildingDate(body, path, "on");
  if (!on.ok()) return on.error();
  m.on = *on;
  auto count = BuildingInteger(body, path, "count", false, 1);
  if (!count.ok()) return count.error();
  m.count = *count;
  for (auto [field, target] :
       {std::pair{"org_code", &m.org_code}, std::pair{"member_id", &m.member_id},
        std::pair{"full_name", &m.full_name}, std::pair{"note", &m.note}}) {
    auto text = BuildingText(body, path, field, false);
    if (!text.ok()) return text.error();
    *target = *text;
  }
  return m;
}

Result<building::CommunicationItem> CommunicationItemFromJson(const nlohmann::json& body,
                                                              const std::string& path) {
  if (!body.is_object()) return InvalidInput("phải là đối tượng (must be an object)", path);
  building::CommunicationItem item;
  auto kind = BuildingText(body, path, "kind", true);
  if (!kind.ok()) return kind.error();
  auto parsed = building::ParseCommunicationKind(*kind);
  if (!parsed)
    return InvalidField(JoinPath(path, "kind"), "loại tuyên truyền không hợp lệ '" + *kind + "'");
  item.kind = *parsed;
  auto on = BuildingDate(body, path, "on");
  if (!on.ok()) return on.error();
  item.on = *on;
  auto copies = BuildingInteger(body, path, "copies", false, 0);
  if (!copies.ok()) return copies.error();
  item.copies = *copies;
  for (auto [field, target] :
       {std::pair{"org_code", &item.org_code}, std::pair{"title", &item.title},
        std::pair{"link", &item.link}, std::pair{"note", &item.note}}) {
    auto text = BuildingText(body, path, field, false);
    if (!text.ok()) return text.error();
    *target = *text;
  }
  return item;
}

Result<building::AdmissionTarget> AdmissionTargetFromJson(const nlohmann::json& body) {
  if (!body.is_object()) return InvalidInput("phải là đối tượng (must be an object)", "body");
  building::AdmissionTarget target;
  auto from = BuildingDate(body, "", "from");
  if (!from.ok()) return from.error();
  auto to = BuildingDate(body, "", "to");
  if (!to.ok()) return to.error();
  auto value = BuildingInteger(body, "", "target", true, 0);
  if (!value.ok()) return value.error();
  target.from = *from;
  target.to = *to;
  target.target = *value;
  return target;
}

}  // namespace daihoi::json
