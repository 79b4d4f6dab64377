#include "json/roll_view_json.h"

#include <initializer_list>
#include <map>
#include <utility>

#include "json/fields.h"
#include "json/roll_json.h"
#include "planning/congress.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using nlohmann::ordered_json;

Status RequireRollObject(const json& body, const std::string& where) {
  if (body.is_object()) return {};
  return InvalidInput("phải là một đối tượng JSON (must be an object)", where);
}

Result<std::optional<Date>> OptionalDate(const json& object, const char* key,
                                         const std::string& where) {
  const json* value = Find(object, key);
  if (!value) return std::optional<Date>();
  std::optional<Date> date;
  if (value->is_string()) date = Date::Parse(value->get<std::string>());
  if (!date) {
    return InvalidInput(
        "ngày không hợp lệ (not a date: YYYY-MM-DD or DD/MM/YYYY), got " + value->dump(), where);
  }
  return date;
}

// A roll key: an entry id as text ("17") or a member id; a whole number is taken as its text.
Result<std::string> PersonKey(const json& object) {
  const json* value = Find(object, "person");
  if (value && value->is_number_integer()) return std::to_string(value->get<int64_t>());
  return GetString(object, "person", "person", true);
}

Result<std::vector<app::NewDelegate>> People(const json& body, const char* key, bool required) {
  auto list = GetList(body, key, required);
  if (!list.ok()) return list.error();
  std::vector<app::NewDelegate> people;
  if (!*list) return people;
  for (size_t i = 0; i < (*list)->size(); ++i) {
    const json& item = (**list)[i];
    const std::string where = Index(key, i);
    if (Status s = RequireRollObject(item, where); !s) return s.error();
    app::NewDelegate person;
    auto name = GetString(item, "full_name", where + ".full_name", false);
    if (!name.ok()) return name.error();
    person.full_name = std::move(*name);
    auto member_id = GetString(item, "member_id", where + ".member_id", false);
    if (!member_id.ok()) return member_id.error();
    person.member_id = std::move(*member_id);
    auto gender = GetString(item, "gender", where + ".gender", false);
    if (!gender.ok()) return gender.error();
    person.gender = std::move(*gender);
    auto birth = OptionalDate(item, "birth_date", where + ".birth_date");
    if (!birth.ok()) return birth.error();
    person.birth_date = *birth;
    people.push_back(std::move(person));
  }
  return people;
}

// roll_json.h's objects with their keys in the documented order (then any others).
ordered_json Ordered(const json& object, std::initializer_list<const char*> keys) {
  ordered_json out = ordered_json::object();
  for (const char* key : keys) {
    if (object.contains(key)) out[key] = object.at(key);
  }
  for (const auto& [key, value] : object.items()) {
    if (!out.contains(key)) out[key] = value;
  }
  return out;
}

ordered_json OrderedList(const json& list, std::initializer_list<const char*> keys) {
  ordered_json out = ordered_json::array();
  for (const json& item : list) out.push_back(Ordered(item, keys));
  return out;
}

ordered_json CongressJson(const planning::Congress& congress, const std::string& org_name) {
  ordered_json out;
  out["org_code"] = congress.org_code;
  out["org_name"] = org_name;
  out["term"] = congress.term;
  out["kind"] = planning::ToString(congress.kind);
  out["ordinal"] = congress.ordinal;
  out["planned_start"] = DateOrNull(congress.planned_start);
  out["planned_end"] = DateOrNull(congress.planned_end);
  out["held_start"] = DateOrNull(congress.held_start);
  out["held_end"] = DateOrNull(congress.held_end);
  return out;
}

}  // namespace

ordered_json RollViewToJson(const app::RollView& view, const std::string& org_name) {
  ordered_json out;
  out["congress"] = CongressJson(view.congress, org_name);
  out["opening"] = view.opening.ToIso();
  out["opening_source"] = view.opening_source;
  out["allocation_id"] = view.allocation_id ? ordered_json(*view.allocation_id) : ordered_json();

  // Recorded officials and alternates per delegation.
  std::map<std::string, std::pair<int64_t, int64_t>> recorded;
  for (const app::RollEntry& entry : view.entries) {
    if (entry.role == election::RollRole::kOfficial) ++recorded[entry.unit_code].first;
    if (entry.role == election::RollRole::kAlternate) ++recorded[entry.unit_code].second;
  }
  ordered_json units = ordered_json::array();
  for (const app::RollView::Unit& unit : view.units) {
    ordered_json item;
    item["code"] = unit.code;
    item["name"] = unit.name;
    item["allocated"] = unit.allocated;
    item["officials"] = recorded[unit.code].first;
    item["alternates"] = recorded[unit.code].second;
    units.push_back(std::move(item));
  }
  out["units"] = std::move(units);

  ordered_json people = ordered_json::array();
  for (size_t i = 0; i < view.people.size() && i < view.result.lines.size(); ++i) {
    ordered_json line = Ordered(PersonLineJson(view.people[i], view.result.lines[i]),
                                {"key", "full_name", "member_id", "role", "unit_code", "rank",
                                 "state", "convened", "not_convened", "replaces", "replaced_by",
                                 "absent_whole", "exclusion", "absent_sessions"});
    const app::RollEntry* entry = i < view.entries.size() ? &view.entries[i] : nullptr;
    line["entry_id"] = entry ? ordered_json(entry->id) : ordered_json();
    line["gender"] = entry ? entry->gender : std::string();
    line["birth_date"] = entry ? DateOrNull(entry->birth_date) : ordered_json();
    people.push_back(std::move(line));
  }
  out["people"] = std::move(people);

  ordered_json issues = ordered_json::array();
  for (const app::StoredCredentialIssue& stored : view.issues) {
    ordered_json item;
    item["id"] = stored.id;
    item["person"] = stored.issue.person;
    item["kind"] = election::ToString(stored.issue.kind);
    item["effective"] = stored.issue.effective.ToIso();
    item["note"] = stored.issue.note;
    issues.push_back(std::move(item));
  }
  out["issues"] = std::move(issues);
  out["sessions"] = OrderedList(SessionsJson(view.sessions, view.result),
                                {"number", "title", "date", "present", "absent"});
  ordered_json absences = ordered_json::array();
  for (const election::Absence& absence : view.absences) {
    ordered_json item;
    item["person"] = absence.person;
    item["session"] = absence.session;
    item["reason"] = absence.reason;
    item["accepted"] = absence.accepted;
    absences.push_back(std::move(item));
  }
  out["absences"] = std::move(absences);
  ordered_json convened = Ordered(ConvenedJson(view.people, view.result),
                                  {"convened", "excluded", "denominator", "votes_needed"});
  convened["exclusions"] = OrderedList(convened["exclusions"], {"reason", "count", "people"});
  out["convened"] = std::move(convened);
  out["findings"] = OrderedList(FindingsJson(view.result),
                                {"warning", "unit_code", "person", "recorded", "allocated"});
  return out;
}

Result<app::DelegationInput> DelegationFromJson(const json& body) {
  if (Status s = RequireRollObject(body, "body"); !s) return s.error();
  app::DelegationInput delegation;
  auto unit = GetString(body, "unit_code", "unit_code", true);
  if (!unit.ok()) return unit.error();
  delegation.unit_code = std::move(*unit);
  auto officials = People(body, "officials", true);
  if (!officials.ok()) return officials.error();
  delegation.officials = std::move(*officials);
  auto alternates = People(body, "alternates", false);
  if (!alternates.ok()) return alternates.error();
  delegation.alternates = std::move(*alternates);
  return delegation;
}

Result<std::vector<app::NewDelegate>> ExOfficioFromJson(const json& body) {
  if (Status s = RequireRollObject(body, "body"); !s) return s.error();
  return People(body, "people", true);
}

Result<election::CredentialIssue> CredentialIssueFromJson(const json& body) {
  if (Status s = RequireRollObject(body, "body"); !s) return s.error();
  election::CredentialIssue issue;
  auto person = PersonKey(body);
  if (!person.ok()) return person.error();
  issue.person = std::move(*person);
  auto kind_text = GetString(body, "kind", "kind", true);
  if (!kind_text.ok()) return kind_text.error();
  auto kind = election::ParseCredentialIssueKind(*kind_text);
  if (!kind) {
    return InvalidInput("loại không hợp lệ '" + *kind_text +
                            "' (unknown kind: suspended, prosecuted, indicted, detained, "
                            "wrong_procedure, retired, transferred)",
                        "kind");
  }
  issue.kind = *kind;
  auto effective = OptionalDate(body, "effective", "effective");
  if (!effective.ok()) return effective.error();
  if (!*effective) return InvalidInput("thiếu ngày có hiệu lực (missing: a date)", "effective");
  issue.effective = **effective;
  auto note = GetString(body, "note", "note", false);
  if (!note.ok()) return note.error();
  issue.note = std::move(*note);
  return issue;
}

Result<std::vector<election::Session>> SessionListFromJson(const json& body) {
  if (Status s = RequireRollObject(body, "body"); !s) return s.error();
  auto list = GetList(body, "sessions", true);
  if (!list.ok()) return list.error();
  std::vector<election::Session> sessions;
  for (size_t i = 0; i < (*list)->size(); ++i) {
    const json& item = (**list)[i];
    const std::string where = Index("sessions", i);
    if (Status s = RequireRollObject(item, where); !s) return s.error();
    election::Session session;
    auto number = GetInt(item, "number", where + ".number", true, 1, kMaxInt);
    if (!number.ok()) return number.error();
    session.number = static_cast<int>(**number);
    auto title = GetString(item, "title", where + ".title", false);
    if (!title.ok()) return title.error();
    session.title = std::move(*title);
    auto date = OptionalDate(item, "date", where + ".date");
    if (!date.ok()) return date.error();
    session.date = *date;
    sessions.push_back(std::move(session));
  }
  return sessions;
}

Result<election::Absence> AbsenceFromJson(const json& body) {
  if (Status s = RequireRollObject(body, "body"); !s) return s.error();
  election::Absence absence;
  auto person = PersonKey(body);
  if (!person.ok()) return person.error();
  absence.person = std::move(*person);
  auto session = GetInt(body, "session", "session", false, 0, kMaxInt);
  if (!session.ok()) return session.error();
  absence.session = static_cast<int>(session->value_or(0));
  auto reason = GetString(body, "reason", "reason", false);
  if (!reason.ok()) return reason.error();
  absence.reason = std::move(*reason);
  auto accepted = GetBool(body, "accepted", "accepted");
  if (!accepted.ok()) return accepted.error();
  if (*accepted) absence.accepted = **accepted;
  return absence;
}

}  // namespace daihoi::json
