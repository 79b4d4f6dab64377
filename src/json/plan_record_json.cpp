#include "json/plan_record_json.h"

#include <set>
#include <sstream>

#include "common/roman.h"
#include "json/fields.h"
#include "json/plan_json.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using nlohmann::ordered_json;

ordered_json WindowsToJson(const std::map<std::string, planning::Window, std::less<>>& windows) {
  ordered_json out = ordered_json::object();
  for (const auto& [level, window] : windows) {
    out[level] = {window.start.ToIso(), window.end.ToIso()};
  }
  return out;
}

// A date of a congress edit; errors name `path` as the field (ParsePlan's begin with it).
Result<Date> EditDate(const json& value, const std::string& path) {
  if (!value.is_string())
    return InvalidField(path, "phải là ngày dạng chuỗi (must be a date string)");
  auto date = Date::Parse(value.get<std::string>());
  if (!date) {
    return InvalidField(path, "ngày không hợp lệ (invalid date) '" + value.get<std::string>() +
                                  "'; dùng YYYY-MM-DD hoặc DD/MM/YYYY");
  }
  return *date;
}

// null or "" clears; otherwise a date.
Result<std::optional<Date>> OptionalEditDate(const json& value, const std::string& path) {
  if (value.is_null() || (value.is_string() && value.get<std::string>().empty())) {
    return std::optional<Date>();
  }
  auto date = EditDate(value, path);
  if (!date.ok()) return date.error();
  return std::optional<Date>(*date);
}

Result<bool> Flag(const json& value, const std::string& path) {
  if (!value.is_boolean()) return InvalidField(path, "phải là true hoặc false (must be a boolean)");
  return value.get<bool>();
}

std::string Dates(const Date& start, const Date& end) {
  if (start == end) return start.ToVietnamese();
  return start.ToVietnamese() + " – " + end.ToVietnamese();
}

}  // namespace

Result<app::PlanRecord> PlanRecordFromJson(const json& value) {
  app::PlanRecord record;
  auto plan = ParsePlan(value);
  if (!plan.ok()) {
    Error error = plan.error();
    // ParsePlan's messages begin with the JSON path: make it the field.
    const size_t colon = error.message.find(": ");
    if (error.field.empty() && colon != std::string::npos) {
      error.field = error.message.substr(0, colon);
      error.message = error.message.substr(colon + 2);
    }
    return error;
  }
  record.plan = std::move(*plan);
  if (value.contains("title") && !value["title"].is_null()) {
    if (!value["title"].is_string())
      return InvalidField("title", "phải là chuỗi (must be a string)");
    record.title = value["title"].get<std::string>();
  }
  return record;
}

ordered_json PlanRecordToJson(const app::PlanRecord& record) {
  const planning::Plan& plan = record.plan;
  ordered_json out;
  out["id"] = record.id;
  out["title"] = record.title;
  out["root"] = plan.root;
  out["term"] = plan.term;
  out["windows"] = WindowsToJson(plan.windows);
  out["pilot_windows"] = WindowsToJson(plan.pilot_windows);
  out["pilots"] = plan.pilots;
  out["members_congress_below"] = plan.members_congress_below;
  ordered_json max_days = ordered_json::object();
  for (const auto& [level, days] : plan.max_days) max_days[level] = days;
  out["max_days"] = max_days;
  out["notice_working_days"] =
      plan.notice_working_days ? ordered_json(*plan.notice_working_days) : ordered_json(nullptr);
  out["notice_levels"] = plan.notice_levels;
  ordered_json announcements = ordered_json::object();
  for (const auto& [code, date] : plan.announcements) announcements[code] = date.ToIso();
  out["announcements"] = announcements;
  out["quorum"] =
      std::to_string(plan.quorum.numerator) + "/" + std::to_string(plan.quorum.denominator);
  out["created_at"] = record.created_at;
  out["updated_at"] = record.updated_at;
  return out;
}

Result<planning::CongressEdit> CongressEditFromJson(const json& value) {
  if (!value.is_object())
    return InvalidField("body", "phải là một đối tượng JSON (must be an object)");
  static const std::set<std::string, std::less<>> kKeys = {
      "options", "chosen", "planned_start", "planned_end", "venue",      "announced_on", "items",
      "reduced", "pilot",  "kind",          "ordinal",     "held_start", "held_end"};
  planning::CongressEdit edit;
  for (const auto& [key, field] : value.items()) {
    if (!kKeys.contains(key)) return InvalidField(key, "không có trường này (unknown field)");
  }
  if (value.contains("options")) {
    const json& options = value["options"];
    if (!options.is_array()) return InvalidField("options", "phải là một mảng (must be an array)");
    std::vector<planning::DateOption> parsed;
    for (size_t i = 0; i < options.size(); ++i) {
      const std::string at = Index("options", i);
      const json& option = options[i];
      if (!option.is_object()) return InvalidField(at, "phải là {start, end} (must be an object)");
      if (!option.contains("start")) return InvalidField(at + ".start", "thiếu (missing)");
      auto start = EditDate(option["start"], at + ".start");
      if (!start.ok()) return start.error();
      Date end = *start;
      if (option.contains("end") && !option["end"].is_null()) {
        auto e = EditDate(option["end"], at + ".end");
        if (!e.ok()) return e.error();
        end = *e;
      }
      std::string note;
      if (option.contains("note") && !option["note"].is_null()) {
        if (!option["note"].is_string())
          return InvalidField(at + ".note", "phải là chuỗi (must be a string)");
        note = option["note"].get<std::string>();
      }
      parsed.push_back({*start, end, note});
    }
    edit.options = std::move(parsed);
  }
  if (value.contains("chosen")) {
    const json& chosen = value["chosen"];
    if (chosen.is_null()) {
      edit.chosen = std::optional<int>();
    } else if (chosen.is_number_integer() && chosen.get<int64_t>() >= 0 &&
               chosen.get<int64_t>() < 1000) {
      edit.chosen = std::optional<int>(static_cast<int>(chosen.get<int64_t>()));
    } else {
      return InvalidField("chosen", "phải là số thứ tự phương án (0 = phương án 1) hoặc null");
    }
  }
  for (auto [key, target] : {std::pair<const char*, std::optional<std::optional<Date>>*>{
                                 "planned_start", &edit.planned_start},
                             {"planned_end", &edit.planned_end},
                             {"announced_on", &edit.announced_on},
                             {"held_start", &edit.held_start},
                             {"held_end", &edit.held_end}}) {
    if (!value.contains(key)) continue;
    auto date = OptionalEditDate(value[key], key);
    if (!date.ok()) return date.error();
    *target = *date;
  }
  if (value.contains("venue")) {
    if (!value["venue"].is_string())
      return InvalidField("venue", "phải là chuỗi (must be a string)");
    edit.venue = value["venue"].get<std::string>();
  }
  if (value.contains("items")) {
    const json& items = value["items"];
    if (!items.is_array()) return InvalidField("items", "phải là một mảng (must be an array)");
    std::vector<planning::ContentItem> parsed;
    for (size_t i = 0; i < items.size(); ++i) {
      const std::string at = Index("items", i);
      auto item = items[i].is_string() ? planning::ParseContentItem(items[i].get<std::string>())
                                       : std::nullopt;
      if (!item) {
        return InvalidField(at,
                            "phải là review, documents, committee hoặc delegation (unknown item)");
      }
      parsed.push_back(*item);
    }
    edit.items = std::move(parsed);
  }
  if (value.contains("reduced")) {
    auto flag = Flag(value["reduced"], "reduced");
    if (!flag.ok()) return flag.error();
    edit.reduced = *flag;
  }
  if (value.contains("pilot")) {
    auto flag = Flag(value["pilot"], "pilot");
    if (!flag.ok()) return flag.error();
    edit.pilot = *flag;
  }
  if (value.contains("kind")) {
    auto kind = value["kind"].is_string()
                    ? planning::ParseCongressKind(value["kind"].get<std::string>())
                    : std::nullopt;
    if (!kind) return InvalidField("kind", "phải là members hoặc delegates (unknown kind)");
    edit.kind = *kind;
  }
  if (value.contains("ordinal")) {
    const json& ordinal = value["ordinal"];
    std::optional<int> parsed;
    if (ordinal.is_null()) {
      parsed = 0;
    } else if (ordinal.is_number_integer() && ordinal.get<int64_t>() >= 0 &&
               ordinal.get<int64_t>() <= 3999) {
      parsed = static_cast<int>(ordinal.get<int64_t>());
    } else if (ordinal.is_string()) {
      parsed = FromRoman(ordinal.get<std::string>());
    }
    if (!parsed) return InvalidField("ordinal", "phải là số (26) hoặc số La Mã (XXVI)");
    edit.ordinal = *parsed;
  }
  return edit;
}

ordered_json CongressViewToJson(const app::CongressView& view) {
  const planning::Congress& c = view.congress;
  ordered_json out;
  out["org_code"] = view.organization.code;
  out["name"] = view.organization.name;
  out["level"] = view.organization.level;
  out["parent_code"] = view.organization.parent_code;
  out["members"] = view.members;
  out["recorded"] = view.recorded;
  out["term"] = c.term;
  out["ordinal"] = c.ordinal;
  out["ordinal_roman"] = ToRoman(c.ordinal);
  out["kind"] = planning::ToString(c.kind);
  out["pilot"] = c.pilot;
  out["planned_start"] = DateOrNull(c.planned_start);
  out["planned_end"] = DateOrNull(c.planned_end);
  out["held_start"] = DateOrNull(c.held_start);
  out["held_end"] = DateOrNull(c.held_end);
  ordered_json options = ordered_json::array();
  for (const planning::DateOption& option : view.details.options) {
    options.push_back(
        {{"start", option.start.ToIso()}, {"end", option.end.ToIso()}, {"note", option.note}});
  }
  out["options"] = options;
  out["chosen"] = view.details.chosen ? ordered_json(*view.details.chosen) : ordered_json(nullptr);
  out["venue"] = view.details.venue;
  out["announced_on"] = DateOrNull(view.details.announced_on);
  ordered_json items = ordered_json::array();
  for (planning::ContentItem item : view.details.items) items.push_back(planning::ToString(item));
  out["items"] = items;
  out["reduced"] = view.details.reduced;
  out["status"] = planning::ToString(view.status);
  out["status_label"] = planning::StatusLabel(view.status);
  out["plan_id"] = view.plan_id ? ordered_json(*view.plan_id) : ordered_json(nullptr);
  out["violations"] = ViolationsToJson(view.violations);
  return out;
}

ordered_json PlanCheckToJson(const app::PlanCheck& check) {
  return {{"congress", CongressViewToJson(check.congress)},
          {"violations", ViolationsToJson(check.violations)},
          {"saved", check.saved}};
}

ordered_json PlanCongressesToJson(const app::PlanCongresses& plan) {
  ordered_json congresses = ordered_json::array();
  for (const app::CongressView& view : plan.congresses) {
    congresses.push_back(CongressViewToJson(view));
  }
  return {{"plan", PlanRecordToJson(plan.plan)},
          {"congresses", congresses},
          {"violations", ViolationsToJson(plan.violations)}};
}

std::string PlanText(const app::PlanRecord& record) {
  const planning::Plan& plan = record.plan;
  std::ostringstream out;
  out << "Kế hoạch số " << record.id << ": " << plan.root << ", nhiệm kỳ " << plan.term << "\n";
  if (!record.title.empty()) out << "Tiêu đề: " << record.title << "\n";
  for (const auto& [level, window] : plan.windows) {
    out << "Khung thời gian " << planning::LevelLabel(level, {}) << ": "
        << Dates(window.start, window.end) << "\n";
  }
  for (const auto& [level, window] : plan.pilot_windows) {
    out << "Khung đại hội điểm " << planning::LevelLabel(level, {}) << ": "
        << Dates(window.start, window.end) << "\n";
  }
  if (!plan.pilots.empty()) {
    out << "Đại hội điểm:";
    for (const std::string& pilot : plan.pilots) out << " " << pilot;
    out << "\n";
  }
  out << "Đại hội đảng viên khi dưới " << plan.members_congress_below << " đảng viên (R-KIND)\n";
  for (const auto& [level, days] : plan.max_days) {
    out << "Thời gian đại hội " << planning::LevelLabel(level, {}) << ": tối đa " << days
        << " ngày\n";
  }
  if (plan.notice_working_days) {
    out << "Thông báo ngày khai mạc trước " << *plan.notice_working_days
        << " ngày làm việc (R-NOTICE)\n";
  }
  out << "Đại hội hợp lệ khi có mặt trên " << plan.quorum.numerator << "/"
      << plan.quorum.denominator << " số được triệu tập (R-QUORUM)\n";
  return out.str();
}

std::string CongressText(const app::CongressView& view) {
  const planning::Congress& c = view.congress;
  std::ostringstream out;
  out << "Đại hội " << view.organization.name << " (" << view.organization.code << ")";
  if (c.ordinal > 0) out << " lần thứ " << ToRoman(c.ordinal);
  out << ", nhiệm kỳ " << c.term << "\n";
  out << "Trạng thái: " << planning::StatusLabel(view.status) << "\n";
  out << "Hình thức: "
      << (c.kind == planning::CongressKind::kDelegates ? "đại hội đại biểu" : "đại hội đảng viên")
      << (c.pilot ? ", đại hội điểm" : "") << (view.details.reduced ? ", rút gọn" : "") << "\n";
  for (size_t i = 0; i < view.details.options.size(); ++i) {
    const planning::DateOption& option = view.details.options[i];
    out << "Phương án " << i + 1 << ": " << Dates(option.start, option.end)
        << (view.details.chosen == static_cast<int>(i) ? " (đã chọn)" : "")
        << (option.note.empty() ? "" : " — " + option.note) << "\n";
  }
  if (c.planned_start) {
    out << "Dự kiến: " << Dates(*c.planned_start, c.planned_end.value_or(*c.planned_start)) << "\n";
  }
  if (c.held_end) {
    out << "Đã tổ chức: " << Dates(c.held_start.value_or(*c.held_end), *c.held_end) << "\n";
  }
  if (!view.details.venue.empty()) out << "Địa điểm: " << view.details.venue << "\n";
  if (view.details.announced_on) {
    out << "Thông báo ngày khai mạc: " << view.details.announced_on->ToVietnamese() << "\n";
  }
  out << "Nội dung:";
  for (planning::ContentItem item : view.details.items) {
    out << "\n  " << static_cast<int>(item) << ". " << planning::ContentItemLabel(item);
  }
  out << "\n";
  if (!view.plan_id) out << "Chưa có kế hoạch nào bao gồm đại hội này.\n";
  return out.str();
}

}  // namespace daihoi::json
