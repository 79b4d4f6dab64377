#include "json/plan_json.h"

#include <charconv>
#include <limits>
#include <map>
#include <sstream>

#include "json/fields.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using nlohmann::ordered_json;

Result<std::string> String(const json& value, const std::string& path) {
  if (!value.is_string()) return InvalidPath(path, "phải là chuỗi (must be a string)");
  return value.get<std::string>();
}

Result<int64_t> WholeNumberAtLeast(const json& value, const std::string& path, int64_t minimum) {
  if (!value.is_number_integer() ||
      (value.is_number_unsigned() &&
       value.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))) {
    return InvalidPath(path, "phải là số nguyên (must be a whole number)");
  }
  const int64_t n = value.get<int64_t>();
  if (n < minimum) {
    return InvalidPath(path, "phải từ " + std::to_string(minimum) + " trở lên (must be at least " +
                                 std::to_string(minimum) + ")");
  }
  return n;
}

Result<Date> DateValue(const json& value, const std::string& path) {
  if (!value.is_string())
    return InvalidPath(path, "phải là ngày dạng chuỗi (must be a date string)");
  auto date = Date::Parse(value.get<std::string>());
  if (!date) {
    return InvalidPath(path, "ngày không hợp lệ (invalid date) '" + value.get<std::string>() +
                                 "'; dùng YYYY-MM-DD hoặc DD/MM/YYYY");
  }
  return *date;
}

// An optional date in an exported row: missing, null or "" is none.
Result<std::optional<Date>> RowDate(const json& row, const char* key, const std::string& path) {
  if (!row.contains(key) || row[key].is_null()) return std::optional<Date>{};
  if (row[key].is_string() && row[key].get<std::string>().empty()) return std::optional<Date>{};
  auto date = DateValue(row[key], JoinPath(path, key));
  if (!date) return date.error();
  return std::optional<Date>{*date};
}

Result<std::map<std::string, planning::Window, std::less<>>> Windows(const json& value,
                                                                     const std::string& path) {
  std::map<std::string, planning::Window, std::less<>> out;
  if (!value.is_object()) return InvalidPath(path, "phải là một đối tượng (must be an object)");
  for (const auto& [level, range] : value.items()) {
    const std::string at = JoinPath(path, level);
    if (!range.is_array() || range.size() != 2) {
      return InvalidPath(at, "phải là [ngày bắt đầu, ngày kết thúc] (must be [start, end])");
    }
    auto start = DateValue(range[0], at + "[0]");
    if (!start) return start.error();
    auto end = DateValue(range[1], at + "[1]");
    if (!end) return end.error();
    if (*end < *start) {
      return InvalidPath(at, "ngày kết thúc trước ngày bắt đầu (end before start)");
    }
    out[level] = {*start, *end};
  }
  return out;
}

Result<std::vector<std::string>> Strings(const json& value, const std::string& path) {
  if (!value.is_array()) return InvalidPath(path, "phải là một mảng (must be an array)");
  std::vector<std::string> out;
  for (size_t i = 0; i < value.size(); ++i) {
    auto s = String(value[i], Index(path, i));
    if (!s) return s.error();
    out.push_back(*s);
  }
  return out;
}

const char* ShortLevel(const std::string& code) {
  static const std::map<std::string, const char*, std::less<>> kNames = {
      {"province", "Tỉnh"},           {"district", "Huyện"}, {"grassroots", "Cơ sở"},
      {"partial", "Đảng bộ bộ phận"}, {"cell", "Chi bộ"},
  };
  auto it = kNames.find(code);
  return it == kNames.end() ? nullptr : it->second;
}

std::string LevelTitle(const std::string& code, const std::vector<org::Level>& levels) {
  if (const char* name = ShortLevel(code)) return std::string(name) + " (" + code + ")";
  for (const org::Level& level : levels) {
    if (level.code == code) return level.name + " (" + code + ")";
  }
  return code;
}

ordered_json LevelsToJson(const std::vector<planning::LevelProgress>& rows) {
  ordered_json out = ordered_json::array();
  for (const auto& row : rows) {
    out.push_back({{"level", row.level},
                   {"total", row.total},
                   {"held", row.held},
                   {"scheduled", row.scheduled},
                   {"unscheduled", row.unscheduled},
                   {"overdue", row.overdue}});
  }
  return out;
}

void LevelLines(std::ostringstream& out, const std::vector<planning::LevelProgress>& rows,
                const std::vector<org::Level>& levels, const std::string& indent) {
  for (const auto& row : rows) {
    out << indent << LevelTitle(row.level, levels) << ": " << row.held << "/" << row.total
        << " đã tổ chức, " << row.scheduled << " đã có lịch, " << row.unscheduled
        << " chưa có lịch, " << row.overdue << " quá hạn\n";
  }
}

}  // namespace

Result<planning::Plan> ParsePlan(const json& root) {
  if (!root.is_object()) return InvalidPath("$", "phải là một đối tượng JSON (must be an object)");
  planning::Plan plan;
  for (const char* key : {"root", "term"}) {
    if (!root.contains(key)) return InvalidPath(key, "thiếu (missing)");
    auto value = String(root[key], key);
    if (!value) return value.error();
    if (value->empty()) return InvalidPath(key, "trống (empty)");
    (std::string(key) == "root" ? plan.root : plan.term) = *value;
  }
  if (!planning::TermStartYear(plan.term)) {
    return InvalidPath(
        "term", "nhiệm kỳ không hợp lệ (unreadable term) '" + plan.term + "'; ví dụ 2020-2025");
  }
  if (root.contains("windows")) {
    auto windows = Windows(root["windows"], "windows");
    if (!windows) return windows.error();
    plan.windows = *windows;
  }
  if (root.contains("pilot_windows")) {
    auto windows = Windows(root["pilot_windows"], "pilot_windows");
    if (!windows) return windows.error();
    plan.pilot_windows = *windows;
  }
  if (root.contains("pilots")) {
    auto pilots = Strings(root["pilots"], "pilots");
    if (!pilots) return pilots.error();
    plan.pilots = *pilots;
  }
  if (root.contains("members_congress_below")) {
    auto n = WholeNumberAtLeast(root["members_congress_below"], "members_congress_below", 1);
    if (!n) return n.error();
    plan.members_congress_below = *n;
  }
  if (root.contains("max_days")) {
    if (!root["max_days"].is_object()) {
      return InvalidPath("max_days", "phải là một đối tượng (must be an object)");
    }
    for (const auto& [level, days] : root["max_days"].items()) {
      auto n = WholeNumberAtLeast(days, "max_days." + level, 1);
      if (!n) return n.error();
      plan.max_days[level] = *n;
    }
  }
  if (root.contains("notice_working_days")) {
    auto n = WholeNumberAtLeast(root["notice_working_days"], "notice_working_days", 0);
    if (!n) return n.error();
    plan.notice_working_days = *n;
  }
  if (root.contains("notice_levels")) {
    auto levels = Strings(root["notice_levels"], "notice_levels");
    if (!levels) return levels.error();
    plan.notice_levels = *levels;
  }
  if (root.contains("announcements")) {
    if (!root["announcements"].is_object()) {
      return InvalidPath("announcements", "phải là một đối tượng (must be an object)");
    }
    for (const auto& [code, date] : root["announcements"].items()) {
      auto d = DateValue(date, "announcements." + code);
      if (!d) return d.error();
      plan.announcements[code] = *d;
    }
  }
  if (root.contains("quorum")) {
    auto text = String(root["quorum"], "quorum");
    if (!text) return text.error();
    const size_t slash = text->find('/');
    int64_t numerator = 0;
    int64_t denominator = 0;
    auto whole = [&](std::string_view part, int64_t& target) {
      auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), target);
      return !part.empty() && ec == std::errc() && ptr == part.data() + part.size();
    };
    const std::string_view all(*text);
    if (slash == std::string::npos || !whole(all.substr(0, slash), numerator) ||
        !whole(all.substr(slash + 1), denominator) || numerator < 1 || denominator > 1'000'000 ||
        numerator >= denominator) {
      return InvalidPath("quorum",
                         "phải là một phân số nhỏ hơn 1, ví dụ \"2/3\" (must be a fraction)");
    }
    plan.quorum = {numerator, denominator};
  }
  return plan;
}

Result<std::vector<org::Organization>> ParseOrganizations(const json& value,
                                                          const std::string& path) {
  if (!value.is_array()) return InvalidPath(path, "phải là một mảng (must be an array)");
  std::vector<org::Organization> out;
  for (size_t i = 0; i < value.size(); ++i) {
    const std::string at = Index(path, i);
    const json& row = value[i];
    if (!row.is_object()) return InvalidPath(at, "phải là một đối tượng (must be an object)");
    org::Organization o;
    for (auto [key, target] : {std::pair<const char*, std::string*>{"code", &o.code},
                               {"name", &o.name},
                               {"level", &o.level},
                               {"parent_code", &o.parent_code},
                               {"category", &o.category}}) {
      if (!row.contains(key) || row[key].is_null()) continue;
      auto s = String(row[key], JoinPath(at, key));
      if (!s) return s.error();
      *target = *s;
    }
    if (row.contains("members") && !row["members"].is_null() &&
        !(row["members"].is_string() && row["members"].get<std::string>().empty())) {
      auto n = WholeNumberAtLeast(row["members"], JoinPath(at, "members"), 0);
      if (!n) return n.error();
      o.members = *n;
    }
    out.push_back(std::move(o));
  }
  return out;
}

Result<std::vector<planning::Congress>> ParseCongresses(const json& value,
                                                        const std::string& path) {
  if (!value.is_array()) return InvalidPath(path, "phải là một mảng (must be an array)");
  std::vector<planning::Congress> out;
  for (size_t i = 0; i < value.size(); ++i) {
    const std::string at = Index(path, i);
    const json& row = value[i];
    if (!row.is_object()) return InvalidPath(at, "phải là một đối tượng (must be an object)");
    planning::Congress c;
    for (const char* key : {"org_code", "term"}) {
      if (!row.contains(key)) return InvalidPath(JoinPath(at, key), "thiếu (missing)");
      auto s = String(row[key], JoinPath(at, key));
      if (!s) return s.error();
      (std::string(key) == "org_code" ? c.org_code : c.term) = *s;
    }
    if (row.contains("ordinal") && !row["ordinal"].is_null()) {
      auto n = WholeNumberAtLeast(row["ordinal"], JoinPath(at, "ordinal"), 0);
      if (!n) return n.error();
      c.ordinal = static_cast<int>(*n);
    }
    if (row.contains("kind")) {
      auto s = String(row["kind"], JoinPath(at, "kind"));
      if (!s) return s.error();
      auto kind = planning::ParseCongressKind(*s);
      if (!kind) {
        return InvalidPath(JoinPath(at, "kind"),
                           "phải là members hoặc delegates (unknown kind) '" + *s + "'");
      }
      c.kind = *kind;
    }
    if (row.contains("pilot") && !row["pilot"].is_null()) {
      const json& pilot = row["pilot"];
      if (pilot.is_boolean()) {
        c.pilot = pilot.get<bool>();
      } else if (pilot.is_string() &&
                 (pilot.get<std::string>() == "true" || pilot.get<std::string>() == "false" ||
                  pilot.get<std::string>().empty())) {
        c.pilot = pilot.get<std::string>() == "true";
      } else {
        return InvalidPath(JoinPath(at, "pilot"), "phải là true hoặc false (must be a boolean)");
      }
    }
    for (auto [key, target] :
         {std::pair<const char*, std::optional<Date>*>{"planned_start", &c.planned_start},
          {"planned_end", &c.planned_end},
          {"held_start", &c.held_start},
          {"held_end", &c.held_end}}) {
      auto d = RowDate(row, key, at);
      if (!d) return d.error();
      *target = *d;
    }
    out.push_back(std::move(c));
  }
  return out;
}

ordered_json CongressToJson(const planning::Congress& congress) {
  return {{"org_code", congress.org_code},
          {"term", congress.term},
          {"ordinal", congress.ordinal},
          {"kind", planning::ToString(congress.kind)},
          {"pilot", congress.pilot},
          {"planned_start", DateOrNull(congress.planned_start)},
          {"planned_end", DateOrNull(congress.planned_end)},
          {"held_start", DateOrNull(congress.held_start)},
          {"held_end", DateOrNull(congress.held_end)}};
}

ordered_json ViolationsToJson(const std::vector<planning::Violation>& violations) {
  ordered_json out = ordered_json::array();
  for (const auto& v : violations) {
    out.push_back({{"rule", v.rule}, {"org", v.org}, {"message", v.message}});
  }
  return out;
}

std::string ViolationsText(const std::vector<planning::Violation>& violations) {
  std::string out;
  for (const auto& v : violations) out += v.rule + " " + v.org + ": " + v.message + "\n";
  return out;
}

ordered_json ProgressToJson(const planning::Progress& progress) {
  ordered_json out;
  out["root"] = progress.root;
  out["as_of"] = progress.as_of.ToIso();
  out["levels"] = LevelsToJson(progress.levels);
  out["children"] = ordered_json::array();
  for (const auto& child : progress.children) {
    out["children"].push_back(
        {{"code", child.code}, {"name", child.name}, {"levels", LevelsToJson(child.levels)}});
  }
  out["round_year"] = progress.round_year;
  out["overdue_list"] = ordered_json::array();
  for (const auto& c : progress.overdue) {
    out["overdue_list"].push_back({{"code", c.code},
                                   {"name", c.name},
                                   {"level", c.level},
                                   {"planned_start", DateOrNull(c.planned_start)},
                                   {"planned_end", c.planned_end.ToIso()}});
  }
  out["at_risk"] = ordered_json::array();
  for (const auto& c : progress.at_risk) {
    out["at_risk"].push_back({{"code", c.code},
                              {"name", c.name},
                              {"level", c.level},
                              {"planned_end", c.planned_end.ToIso()},
                              {"parent_code", c.parent_code},
                              {"parent_planned_start", c.parent_planned_start.ToIso()},
                              {"days_before_parent", c.days_before_parent}});
  }
  return out;
}

std::string ProgressText(const planning::Progress& progress, const std::string& root_name,
                         const std::vector<org::Level>& levels) {
  std::ostringstream out;
  out << "Tiến độ đại hội: " << root_name << " (" << progress.root << "), nhiệm kỳ bắt đầu năm "
      << progress.round_year << ", đến ngày " << progress.as_of.ToVietnamese() << "\n";
  if (progress.levels.empty()) out << "Không có tổ chức cấp dưới.\n";
  LevelLines(out, progress.levels, levels, "");
  if (!progress.children.empty()) {
    out << "\nTheo tổ chức trực thuộc:\n";
    for (const auto& child : progress.children) {
      out << "  " << child.code << " — " << child.name << "\n";
      LevelLines(out, child.levels, levels, "    ");
    }
  }
  if (!progress.overdue.empty()) {
    out << "\nQuá hạn (chưa tổ chức, đã qua ngày kết thúc dự kiến):\n";
    for (const auto& c : progress.overdue) {
      out << "  " << c.code << " — " << c.name << ", dự kiến kết thúc "
          << c.planned_end.ToVietnamese() << "\n";
    }
  }
  if (!progress.at_risk.empty()) {
    out << "\nCó nguy cơ chậm (sát ngày đại hội cấp trên):\n";
    for (const auto& c : progress.at_risk) {
      out << "  " << c.code << " — " << c.name << ", dự kiến kết thúc "
          << c.planned_end.ToVietnamese() << ", đại hội " << c.parent_code << " khai mạc "
          << c.parent_planned_start.ToVietnamese()
          << (c.days_before_parent >= 0 ? " (sau " + std::to_string(c.days_before_parent) + " ngày)"
                                        : " (trước khi đại hội này kết thúc " +
                                              std::to_string(-c.days_before_parent) + " ngày)")
          << "\n";
    }
  }
  return out.str();
}

}  // namespace daihoi::json
