#include "json/groups_json.h"

#include <utility>

#include "json/fields.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using nlohmann::ordered_json;

ordered_json Congress(const std::string& code, const std::string& term) {
  return {{"code", code}, {"term", term}};
}

ordered_json BookingToJson(const teams::Booking& booking) {
  return {{"group_name", booking.group_name},
          {"unit_code", booking.unit_code},
          {"unit_name", booking.unit_name},
          {"term", booking.term},
          {"start", booking.span ? ordered_json(booking.span->start.ToIso()) : ordered_json()},
          {"end", booking.span ? ordered_json(booking.span->end.ToIso()) : ordered_json()}};
}

template <class Member>
ordered_json MembersToJson(const std::vector<Member>& members) {
  ordered_json out = ordered_json::array();
  for (const Member& m : members) {
    out.push_back({{"id", m.id},
                   {"member_id", m.member_id},
                   {"full_name", m.full_name},
                   {"role", teams::ToString(m.role)}});
  }
  return out;
}

Result<const json*> RequireGroupBody(const json& body, const std::string& field = "body") {
  if (!body.is_object()) return InvalidInput("cần một đối tượng JSON (a JSON object)", field);
  return &body;
}

// A string field, "" when absent; kInvalidInput when present and not a string.
Result<std::string> GroupText(const json& object, const char* key, const std::string& at = "") {
  if (!object.contains(key) || object[key].is_null()) return std::string();
  if (!object[key].is_string()) {
    return InvalidInput(std::string(key) + " phải là chuỗi (a string)", at + key);
  }
  return object[key].get<std::string>();
}

Result<std::optional<Date>> GroupDate(const json& object, const char* key,
                                      const std::string& at = "") {
  auto text = GroupText(object, key, at);
  if (!text.ok()) return text.error();
  if (text->empty()) return std::optional<Date>();
  auto date = Date::Parse(*text);
  if (!date) {
    return InvalidInput("ngày không hợp lệ '" + *text + "' (YYYY-MM-DD hoặc DD/MM/YYYY)", at + key);
  }
  return date;
}

Result<teams::Commendation> CommendationFromJson(const json& object, const std::string& at) {
  if (!object.is_object()) {
    return InvalidInput("cần một đối tượng JSON (a JSON object)", at.empty() ? "body" : at);
  }
  teams::Commendation c;
  auto kind = GroupText(object, "kind", at);
  if (!kind.ok()) return kind.error();
  auto parsed = teams::ParseRecipientKind(*kind);
  if (!parsed) {
    return InvalidInput("kind phải là collective (tập thể) hoặc individual (cá nhân)", at + "kind");
  }
  c.kind = *parsed;
  for (auto [key, field] :
       {std::pair{"org_code", &c.org_code}, std::pair{"member_id", &c.member_id},
        std::pair{"full_name", &c.full_name}, std::pair{"award", &c.award},
        std::pair{"decision", &c.decision}, std::pair{"reason", &c.reason}}) {
    auto value = GroupText(object, key, at);
    if (!value.ok()) return value.error();
    *field = std::move(*value);
  }
  auto decided_on = GroupDate(object, "decided_on", at);
  if (!decided_on.ok()) return decided_on.error();
  c.decided_on = *decided_on;
  return c;
}

}  // namespace

ordered_json ClashToJson(const teams::Clash& clash) {
  return {{"full_name", clash.second.full_name},
          {"message", clash.message},
          {"first", BookingToJson(clash.first)},
          {"second", BookingToJson(clash.second)}};
}

ordered_json WorkingGroupsToJson(const app::WorkingGroupsView& view) {
  ordered_json groups = ordered_json::array();
  for (const app::WorkingGroupView& item : view.groups) {
    const app::WorkingGroupRecord& group = item.group;
    ordered_json units = ordered_json::array();
    for (const app::AssignedUnit& unit : item.units) {
      ordered_json attendees = ordered_json::array();
      for (const app::AttendanceRecord& a : unit.attendees) {
        attendees.push_back(
            {{"id", a.id}, {"group_member_id", a.group_member_id}, {"full_name", a.full_name}});
      }
      units.push_back(
          {{"assignment_id", unit.assignment.id},
           {"unit_code", unit.assignment.unit_code},
           {"unit_name", unit.assignment.unit_name},
           {"term", unit.assignment.term},
           {"start", unit.span ? ordered_json(unit.span->start.ToIso()) : ordered_json()},
           {"end", unit.span ? ordered_json(unit.span->end.ToIso()) : ordered_json()},
           {"held", unit.span && unit.span->held},
           {"attendees", std::move(attendees)}});
    }
    groups.push_back({{"id", group.id},
                      {"kind", teams::ToString(group.kind)},
                      {"name", group.name},
                      {"note", group.note},
                      {"members", MembersToJson(group.members)},
                      {"units", std::move(units)}});
  }
  ordered_json clashes = ordered_json::array();
  for (const teams::Clash& clash : view.clashes) clashes.push_back(ClashToJson(clash));
  return {{"congress", Congress(view.org_code, view.term)},
          {"groups", std::move(groups)},
          {"clashes", std::move(clashes)}};
}

ordered_json AttendeesToJson(const std::vector<teams::Attendee>& attendees) {
  ordered_json out = ordered_json::array();
  for (const teams::Attendee& a : attendees) {
    out.push_back({{"member_id", a.member_id},
                   {"full_name", a.full_name},
                   {"role", teams::ToString(a.role)}});
  }
  return out;
}

ordered_json SubcommitteesToJson(const app::SubcommitteesView& view) {
  ordered_json subcommittees = ordered_json::array();
  for (const app::SubcommitteeView& item : view.subcommittees) {
    ordered_json tasks = ordered_json::array();
    for (const app::TaskView& t : item.tasks) {
      tasks.push_back({{"id", t.task.id},
                       {"title", t.task.title},
                       {"owner", t.task.owner},
                       {"due", DateOrNull(t.task.due)},
                       {"done", t.task.done},
                       {"done_on", DateOrNull(t.task.done_on)},
                       {"status", teams::ToString(t.status)}});
    }
    subcommittees.push_back({{"id", item.subcommittee.id},
                             {"kind", teams::ToString(item.subcommittee.kind)},
                             {"name", item.subcommittee.name},
                             {"members", MembersToJson(item.subcommittee.members)},
                             {"overdue", item.overdue},
                             {"tasks", std::move(tasks)}});
  }
  return {{"congress", Congress(view.org_code, view.term)},
          {"as_of", view.as_of.ToIso()},
          {"subcommittees", std::move(subcommittees)}};
}

ordered_json CommendationsToJson(const std::string& org_code, const std::string& term,
                                 const std::vector<app::CommendationRecord>& records) {
  ordered_json list = ordered_json::array();
  int64_t collectives = 0;
  for (const app::CommendationRecord& record : records) {
    const teams::Commendation& c = record.commendation;
    collectives += c.kind == teams::RecipientKind::kCollective ? 1 : 0;
    list.push_back({{"id", record.id},
                    {"kind", teams::ToString(c.kind)},
                    {"org_code", c.org_code},
                    {"member_id", c.member_id},
                    {"full_name", c.full_name},
                    {"award", c.award},
                    {"decision", c.decision},
                    {"decided_on", DateOrNull(c.decided_on)},
                    {"reason", c.reason}});
  }
  return {{"congress", Congress(org_code, term)},
          {"collectives", collectives},
          {"individuals", static_cast<int64_t>(records.size()) - collectives},
          {"commendations", std::move(list)}};
}

Result<app::NewWorkingGroup> NewWorkingGroupFromJson(const json& body) {
  if (auto object = RequireGroupBody(body); !object.ok()) return object.error();
  app::NewWorkingGroup group;
  auto kind = GroupText(body, "kind");
  if (!kind.ok()) return kind.error();
  if (!kind->empty()) {
    auto parsed = teams::ParseGroupKind(*kind);
    if (!parsed) {
      return InvalidInput("kind phải là working (tổ công tác) hoặc guidance (tổ chỉ đạo)", "kind");
    }
    group.kind = *parsed;
  }
  auto name = GroupText(body, "name");
  if (!name.ok()) return name.error();
  auto note = GroupText(body, "note");
  if (!note.ok()) return note.error();
  group.name = std::move(*name);
  group.note = std::move(*note);
  return group;
}

Result<app::NewPerson> NewPersonFromJson(const json& body) {
  if (auto object = RequireGroupBody(body); !object.ok()) return object.error();
  app::NewPerson person;
  auto member_id = GroupText(body, "member_id");
  if (!member_id.ok()) return member_id.error();
  auto full_name = GroupText(body, "full_name");
  if (!full_name.ok()) return full_name.error();
  auto role = GroupText(body, "role");
  if (!role.ok()) return role.error();
  if (!role->empty()) {
    auto parsed = teams::ParseGroupRole(*role);
    if (!parsed) return InvalidInput("role phải là leader, deputy hoặc member", "role");
    person.role = *parsed;
  }
  person.member_id = std::move(*member_id);
  person.full_name = std::move(*full_name);
  return person;
}

Result<app::NewTask> NewTaskFromJson(const json& body) {
  if (auto object = RequireGroupBody(body); !object.ok()) return object.error();
  app::NewTask task;
  auto title = GroupText(body, "title");
  if (!title.ok()) return title.error();
  auto owner = GroupText(body, "owner");
  if (!owner.ok()) return owner.error();
  auto due = GroupDate(body, "due");
  if (!due.ok()) return due.error();
  task.title = std::move(*title);
  task.owner = std::move(*owner);
  task.due = *due;
  return task;
}

Result<std::vector<teams::Commendation>> CommendationsFromJson(const json& body) {
  if (auto object = RequireGroupBody(body); !object.ok()) return object.error();
  std::vector<teams::Commendation> out;
  if (!body.contains("commendations")) {
    auto one = CommendationFromJson(body, "");
    if (!one.ok()) return one.error();
    out.push_back(std::move(*one));
    return out;
  }
  if (!body["commendations"].is_array()) {
    return InvalidInput("commendations phải là một mảng (an array)", "commendations");
  }
  for (size_t i = 0; i < body["commendations"].size(); ++i) {
    auto one =
        CommendationFromJson(body["commendations"][i], "commendations[" + std::to_string(i) + "].");
    if (!one.ok()) return one.error();
    out.push_back(std::move(*one));
  }
  return out;
}

}  // namespace daihoi::json
