#include "json/personnel_json.h"

#include "json/fields.h"
#include "json/nomination_json.h"

namespace daihoi::json {
namespace {

using namespace detail;
using ordered = nlohmann::ordered_json;
using json = nlohmann::json;

ordered BodyStatsJson(const election::BodyStats& stats) {
  return {
      {"size", stats.size},
      {"women", stats.women},
      {"under_40", stats.under_40},
      {"from_40_to_50", stats.from_40_to_50},
      {"over_50", stats.over_50},
      {"age_unknown", stats.age_unknown},
      {"first_time", stats.first_time},
      {"re_elected", stats.re_elected},
      {"women_percent", TwoDecimals(election::PercentOf(stats.women, stats.size))},
      {"under_40_percent", TwoDecimals(election::PercentOf(stats.under_40, stats.size))},
      {"from_40_to_50_percent", TwoDecimals(election::PercentOf(stats.from_40_to_50, stats.size))},
      {"over_50_percent", TwoDecimals(election::PercentOf(stats.over_50, stats.size))}};
}

Result<std::string> PersonnelText(const json& body, const char* field, bool required) {
  if (!body.contains(field) || body[field].is_null()) {
    if (required) return InvalidField(field, std::string("thiếu ") + field);
    return std::string();
  }
  if (!body[field].is_string()) return InvalidField(field, "phải là chuỗi");
  return body[field].get<std::string>();
}

Result<std::optional<Date>> PersonnelDate(const json& body, const char* field, bool required) {
  auto text = PersonnelText(body, field, required);
  if (!text.ok()) return text.error();
  if (text->empty()) return std::optional<Date>();
  auto date = Date::Parse(*text);
  if (!date) return InvalidField(field, "ngày không hợp lệ '" + *text + "' (YYYY-MM-DD)");
  return std::optional<Date>(*date);
}

}  // namespace

ordered SchemeViewToJson(const app::SchemeView& view) {
  const app::SchemeRecord& scheme = view.scheme;
  ordered out;
  out["org_code"] = scheme.org_code;
  out["org_name"] = view.org_name;
  out["term"] = scheme.term;
  out["superior_code"] = view.superior_code;
  out["superior_name"] = view.superior_name;
  out["version"] = scheme.version;
  out["status"] = personnel::ToString(scheme.status);
  out["status_label"] = personnel::Label(scheme.status);
  out["numbers"] = {{"committee", scheme.numbers.committee},
                    {"standing_committee", scheme.numbers.standing_committee},
                    {"deputies", scheme.numbers.deputies},
                    {"inspection", scheme.numbers.inspection},
                    {"delegates", scheme.numbers.delegates}};
  out["targets"] = StructureTargetsToJson(scheme.targets);
  out["profile"] = scheme.profile;
  out["note"] = scheme.note;
  out["versions"] = ordered::array();
  for (const app::SchemeRecord& record : view.versions) {
    out["versions"].push_back({{"version", record.version},
                               {"status", personnel::ToString(record.status)},
                               {"status_label", personnel::Label(record.status)},
                               {"created_by", record.created_by},
                               {"created_at", record.created_at}});
  }
  out["events"] = ordered::array();
  for (const app::SchemeEvent& event : view.events) {
    int version = 0;
    for (const app::SchemeRecord& record : view.versions) {
      if (record.id == event.scheme_id) version = record.version;
    }
    out["events"].push_back({{"version", version},
                             {"action", event.action},
                             {"actor", event.actor},
                             {"comment", event.comment},
                             {"at", event.at}});
  }
  out["opening"] = DateOrNull(view.opening);
  out["nominees"] = ordered::array();
  for (const app::SchemeNomineeView& entry : view.nominees) {
    const app::SchemeNomineeRecord& nominee = entry.nominee;
    out["nominees"].push_back({{"member_id", nominee.member_id},
                               {"full_name", nominee.full_name},
                               {"gender", nominee.gender},
                               {"birth_date", DateOrNull(nominee.birth_date)},
                               {"list", personnel::ToString(nominee.list)},
                               {"reason", personnel::ToString(nominee.reason)},
                               {"reason_label", personnel::Label(nominee.reason)},
                               {"outgoing", nominee.outgoing},
                               {"note", nominee.note},
                               {"title", entry.title},
                               {"position_kinds", entry.position_kinds},
                               {"open_tasks", entry.open_tasks},
                               {"concerns", entry.concerns},
                               {"open_complaints", entry.open_complaints}});
  }
  const personnel::SchemeStatistics& stats = view.statistics;
  ordered statistics;
  statistics["seats"] = stats.seats;
  statistics["candidates"] = stats.candidates;
  statistics["surplus_percent"] = TwoDecimals(stats.surplus_percent);
  statistics["surplus_problem"] = stats.surplus_problem;
  statistics["proposed"] = BodyStatsJson(stats.proposed);
  statistics["outgoing"] = stats.outgoing ? BodyStatsJson(*stats.outgoing) : ordered();
  statistics["warnings"] = ordered::array();
  for (const election::ListStructureWarning& warning : stats.structure.warnings) {
    statistics["warnings"].push_back(
        {{"code", warning.code}, {"member_id", warning.nomination}, {"message", warning.message}});
  }
  statistics["positions"] = ordered::array();
  for (const personnel::PositionCount& count : stats.positions) {
    statistics["positions"].push_back(
        {{"kind", count.kind}, {"label", count.label}, {"count", count.count}});
  }
  out["statistics"] = statistics;
  return out;
}

ordered VettingFileToJson(const app::VettingFile& file) {
  ordered out;
  out["boards"] = ordered::array();
  for (const personnel::VettingBoard& board : file.boards) {
    out["boards"].push_back({{"code", board.code}, {"label", board.label}});
  }
  out["tasks"] = ordered::array();
  for (const app::VettingTaskRecord& task : file.tasks) {
    out["tasks"].push_back({{"id", task.id},
                            {"member_id", task.member_id},
                            {"full_name", task.full_name},
                            {"board", task.board},
                            {"due", DateOrNull(task.due)},
                            {"conclusion", personnel::ToString(task.conclusion)},
                            {"conclusion_label", personnel::Label(task.conclusion)},
                            {"note", task.note},
                            {"concluded_by", task.concluded_by},
                            {"concluded_at", task.concluded_at}});
  }
  out["complaints"] = ordered::array();
  for (const app::ComplaintRecord& complaint : file.complaints) {
    out["complaints"].push_back({{"id", complaint.id},
                                 {"member_id", complaint.member_id},
                                 {"full_name", complaint.full_name},
                                 {"received_on", complaint.received_on.ToIso()},
                                 {"source", personnel::ToString(complaint.source)},
                                 {"source_label", personnel::Label(complaint.source)},
                                 {"summary", complaint.summary},
                                 {"assigned_to", complaint.assigned_to},
                                 {"open", complaint.open()},
                                 {"conclusion", complaint.conclusion},
                                 {"concluded_on", DateOrNull(complaint.concluded_on)},
                                 {"concluded_by", complaint.concluded_by}});
  }
  return out;
}

ordered PositionsViewToJson(const app::PositionsView& view) {
  ordered out;
  out["on"] = view.on.ToIso();
  out["kinds"] = ordered::array();
  for (const personnel::PositionKind& kind : view.kinds) {
    out["kinds"].push_back({{"code", kind.code},
                            {"label", kind.label},
                            {"rank", kind.rank},
                            {"party_body", kind.party_body}});
  }
  out["positions"] = ordered::array();
  for (const personnel::MemberPosition& position : view.positions) {
    out["positions"].push_back({{"id", position.id},
                                {"member_id", position.member_id},
                                {"kind", position.kind},
                                {"organization", position.organization},
                                {"org_code", position.org_code},
                                {"from", DateOrNull(position.from)},
                                {"to", DateOrNull(position.to)}});
  }
  out["titles"] = ordered::array();
  for (const app::PositionsView::Title& title : view.titles) {
    out["titles"].push_back({{"member_id", title.member_id}, {"title", title.title}});
  }
  return out;
}

Result<app::SchemeRequest> SchemeRequestFromJson(const json& body) {
  if (!body.is_object()) return InvalidField("body", "cần một đối tượng JSON");
  app::SchemeRequest request;
  auto term = PersonnelText(body, "term", true);
  if (!term.ok()) return term.error();
  request.term = *term;
  if (body.contains("numbers")) {
    const json& numbers = body["numbers"];
    if (!numbers.is_object()) return InvalidField("numbers", "cần một đối tượng JSON");
    auto read = [&](const char* field, int& out) -> Status {
      if (!numbers.contains(field)) return {};
      if (!numbers[field].is_number_integer()) {
        return InvalidField(std::string("numbers.") + field, "phải là số nguyên");
      }
      out = numbers[field].get<int>();
      return {};
    };
    for (auto [field, out] : std::initializer_list<std::pair<const char*, int*>>{{"committee", &request.numbers.committee},
                              {"standing_committee", &request.numbers.standing_committee},
                              {"deputies", &request.numbers.deputies},
                              {"inspection", &request.numbers.inspection},
                              {"delegates", &request.numbers.delegates}}) {
      if (Status s = read(field, *out); !s) return s.error();
    }
  }
  if (body.contains("targets")) {
    auto targets = StructureTargetsFromJson(body["targets"]);
    if (!targets.ok()) return targets.error();
    request.targets = *targets;
  }
  auto profile = PersonnelText(body, "profile", false);
  if (!profile.ok()) return profile.error();
  if (!profile->empty()) request.profile = *profile;
  auto note = PersonnelText(body, "note", false);
  if (!note.ok()) return note.error();
  request.note = *note;
  return request;
}

Result<app::SchemeNomineeRequest> SchemeNomineeFromJson(const json& body) {
  if (!body.is_object()) return InvalidField("body", "cần một đối tượng JSON");
  app::SchemeNomineeRequest request;
  auto member = PersonnelText(body, "member_id", true);
  if (!member.ok()) return member.error();
  request.member_id = *member;
  auto list = PersonnelText(body, "list", false);
  if (!list.ok()) return list.error();
  if (!list->empty()) {
    auto parsed = personnel::ParseSchemeList(*list);
    if (!parsed) return InvalidField("list", "'" + *list + "': committee hoặc delegates");
    request.list = *parsed;
  }
  auto reason = PersonnelText(body, "reason", false);
  if (!reason.ok()) return reason.error();
  if (!reason->empty()) {
    auto parsed = personnel::ParseNomineeReason(*reason);
    if (!parsed) {
      return InvalidField("reason",
                          "'" + *reason + "': succession_plan, re_election, rotation, other");
    }
    request.reason = *parsed;
  }
  if (body.contains("outgoing") && !body["outgoing"].is_null()) {
    if (!body["outgoing"].is_boolean()) return InvalidField("outgoing", "phải là true/false");
    request.outgoing = body["outgoing"].get<bool>();
  }
  auto note = PersonnelText(body, "note", false);
  if (!note.ok()) return note.error();
  request.note = *note;
  return request;
}

Result<app::ComplaintRequest> ComplaintRequestFromJson(const json& body) {
  if (!body.is_object()) return InvalidField("body", "cần một đối tượng JSON");
  app::ComplaintRequest request;
  auto member = PersonnelText(body, "member_id", true);
  if (!member.ok()) return member.error();
  request.member_id = *member;
  auto received = PersonnelDate(body, "received_on", true);
  if (!received.ok()) return received.error();
  request.received_on = **received;
  auto source = PersonnelText(body, "source", false);
  if (!source.ok()) return source.error();
  if (!source->empty()) {
    auto parsed = personnel::ParseComplaintSource(*source);
    if (!parsed) {
      return InvalidField(
          "source", "'" + *source + "': named_letter, anonymous_letter, petition, media, other");
    }
    request.source = *parsed;
  }
  auto summary = PersonnelText(body, "summary", true);
  if (!summary.ok()) return summary.error();
  request.summary = *summary;
  auto assigned = PersonnelText(body, "assigned_to", false);
  if (!assigned.ok()) return assigned.error();
  request.assigned_to = *assigned;
  return request;
}

Result<personnel::MemberPosition> PositionFromJson(const json& body) {
  if (!body.is_object()) return InvalidField("body", "cần một đối tượng JSON");
  personnel::MemberPosition position;
  for (auto [field, out] : std::initializer_list<std::pair<const char*, std::string*>>{{"member_id", &position.member_id},
                            {"kind", &position.kind},
                            {"organization", &position.organization},
                            {"org_code", &position.org_code}}) {
    auto text = PersonnelText(body, field, std::string(field) != "org_code");
    if (!text.ok()) return text.error();
    *out = *text;
  }
  auto from = PersonnelDate(body, "from", false);
  if (!from.ok()) return from.error();
  position.from = *from;
  auto to = PersonnelDate(body, "to", false);
  if (!to.ok()) return to.error();
  position.to = *to;
  return position;
}

}  // namespace daihoi::json
