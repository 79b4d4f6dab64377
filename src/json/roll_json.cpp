#include "json/roll_json.h"

#include <string>
#include <utility>

#include "election/threshold.h"
#include "json/fields.h"
#include "text/text.h"

namespace daihoi::json {
namespace {

using namespace detail;
using election::RollInput;
using nlohmann::json;

Result<Date> GetDate(const json& object, const char* key, const std::string& where) {
  const json* value = Find(object, key);
  if (!value) return InvalidField(where, "thiếu ngày (missing: a date YYYY-MM-DD)");
  if (!value->is_string())
    return InvalidField(where, "phải là ngày YYYY-MM-DD (must be a date), got " + value->dump());
  const std::string text = value->get<std::string>();
  std::optional<Date> date = Date::Parse(text);
  if (!date) {
    return InvalidField(where,
                        "ngày không hợp lệ '" + text + "' (not a date: YYYY-MM-DD or DD/MM/YYYY)");
  }
  return *date;
}

Result<election::RollPerson> ParsePerson(const json& item, const std::string& where) {
  if (!item.is_object()) return InvalidField(where, "phải là một đối tượng (must be an object)");
  election::RollPerson person;
  DAIHOI_TRY(GetString(item, "key", where + ".key", true), person.key);
  std::string text;
  DAIHOI_TRY(GetString(item, "full_name", where + ".full_name", true), text);
  person.full_name = text::Normalize(text);
  DAIHOI_TRY(GetString(item, "member_id", where + ".member_id", false), person.member_id);
  DAIHOI_TRY(GetString(item, "role", where + ".role", true), text);
  std::optional<election::RollRole> role = election::ParseRollRole(text);
  if (!role) {
    return InvalidField(where + ".role",
                        "vai trò không hợp lệ '" + text +
                            "' (unknown role: ex_officio, official, alternate, member)");
  }
  person.role = *role;
  DAIHOI_TRY(GetString(item, "unit_code", where + ".unit_code", false), person.unit_code);
  std::optional<int64_t> rank;
  DAIHOI_TRY(GetInt(item, "rank", where + ".rank", false, 0, kMaxInt), rank);
  person.rank = static_cast<int>(rank.value_or(0));
  if (Find(item, "state")) {
    DAIHOI_TRY(GetString(item, "state", where + ".state", true), text);
    std::optional<election::MemberState> state = election::ParseMemberState(text);
    if (!state) {
      return InvalidField(where + ".state",
                          "trạng thái không hợp lệ '" + text +
                              "' (unknown state: active, temporary_transfer, exempt, suspended)");
    }
    person.state = *state;
  }
  return person;
}

Result<election::CredentialIssue> ParseIssue(const json& item, const std::string& where) {
  if (!item.is_object()) return InvalidField(where, "phải là một đối tượng (must be an object)");
  election::CredentialIssue issue;
  DAIHOI_TRY(GetString(item, "person", where + ".person", true), issue.person);
  std::string text;
  DAIHOI_TRY(GetString(item, "kind", where + ".kind", true), text);
  std::optional<election::CredentialIssueKind> kind = election::ParseCredentialIssueKind(text);
  if (!kind) {
    return InvalidField(where + ".kind",
                        "loại không hợp lệ '" + text +
                            "' (unknown kind: suspended, prosecuted, indicted, detained, "
                            "wrong_procedure, retired, transferred)");
  }
  issue.kind = *kind;
  DAIHOI_TRY(GetDate(item, "effective", where + ".effective"), issue.effective);
  DAIHOI_TRY(GetString(item, "note", where + ".note", false), text);
  issue.note = text::Normalize(text);
  return issue;
}

Result<election::Session> ParseSession(const json& item, const std::string& where) {
  if (!item.is_object()) return InvalidField(where, "phải là một đối tượng (must be an object)");
  election::Session session;
  std::optional<int64_t> number;
  DAIHOI_TRY(GetInt(item, "number", where + ".number", true, 1, kMaxInt), number);
  session.number = static_cast<int>(*number);
  std::string text;
  DAIHOI_TRY(GetString(item, "title", where + ".title", false), text);
  session.title = text::Normalize(text);
  if (Find(item, "date")) {
    Date date;
    DAIHOI_TRY(GetDate(item, "date", where + ".date"), date);
    session.date = date;
  }
  return session;
}

Result<election::Absence> ParseAbsence(const json& item, const std::string& where) {
  if (!item.is_object()) return InvalidField(where, "phải là một đối tượng (must be an object)");
  election::Absence absence;
  DAIHOI_TRY(GetString(item, "person", where + ".person", true), absence.person);
  std::optional<int64_t> session;
  DAIHOI_TRY(GetInt(item, "session", where + ".session", false, 0, kMaxInt), session);
  absence.session = static_cast<int>(session.value_or(0));
  std::string text;
  DAIHOI_TRY(GetString(item, "reason", where + ".reason", false), text);
  absence.reason = text::Normalize(text);
  std::optional<bool> accepted;
  DAIHOI_TRY(GetBool(item, "accepted", where + ".accepted"), accepted);
  if (accepted) absence.accepted = *accepted;
  return absence;
}

// Each item of an optional list through `parse`, appended to `out`.
template <class T, class Parse>
Status ParseList(const json& root, const char* key, bool required, Parse parse,
                 std::vector<T>& out) {
  Result<const json*> list = GetList(root, key, required);
  if (!list) return list.error();
  if (!*list) return {};
  for (size_t index = 0; index < (*list)->size(); ++index) {
    Result<T> item = parse((**list)[index], Index(key, index));
    if (!item) return item.error();
    out.push_back(std::move(*item));
  }
  return {};
}

template <class J>
J PersonLine(const election::RollPerson& person, const election::RollLine& line) {
  J out = J::object();
  out["key"] = person.key;
  out["full_name"] = person.full_name;
  out["member_id"] = person.member_id;
  out["role"] = election::ToString(person.role);
  out["unit_code"] = person.unit_code;
  out["rank"] = person.rank;
  // A member's state is a members' congress notion (R-THRESHOLD).
  if (person.role == election::RollRole::kMember) out["state"] = election::ToString(person.state);
  out["convened"] = line.convened;
  out["not_convened"] = line.not_convened ? J(election::ToString(*line.not_convened)) : J();
  out["replaces"] = OrNull<J>(line.replaces);
  out["replaced_by"] = OrNull<J>(line.replaced_by);
  out["absent_whole"] = line.absent_whole;
  out["exclusion"] = line.exclusion ? J(election::ToString(*line.exclusion)) : J();
  out["absent_sessions"] = line.absent_sessions;
  return out;
}

template <class J>
J Convened(const std::vector<election::RollPerson>& people, const election::RollResult& roll) {
  J exclusions = J::array();
  for (const election::Exclusion& exclusion : roll.exclusions) {
    J keys = J::array();
    for (size_t i = 0; i < roll.lines.size() && i < people.size(); ++i) {
      if (roll.lines[i].exclusion == exclusion.reason) keys.push_back(people[i].key);
    }
    J item = J::object();
    item["reason"] = election::ToString(exclusion.reason);
    item["count"] = exclusion.count;
    item["people"] = std::move(keys);
    exclusions.push_back(std::move(item));
  }
  J out = J::object();
  out["convened"] = roll.convened;
  out["excluded"] = roll.excluded;
  out["denominator"] = roll.denominator;
  out["votes_needed"] = election::VotesNeeded(roll.denominator);
  out["exclusions"] = std::move(exclusions);
  return out;
}

template <class J>
J Sessions(const std::vector<election::Session>& sessions, const election::RollResult& roll) {
  J out = J::array();
  for (size_t i = 0; i < sessions.size(); ++i) {
    const election::Session& session = sessions[i];
    J item = J::object();
    item["number"] = session.number;
    item["title"] = session.title;
    item["date"] = session.date ? J(session.date->ToIso()) : J();
    item["present"] = i < roll.sessions.size() ? roll.sessions[i].present : 0;
    item["absent"] = i < roll.sessions.size() ? roll.sessions[i].absent : 0;
    out.push_back(std::move(item));
  }
  return out;
}

template <class J>
J Findings(const election::RollResult& roll) {
  J out = J::array();
  for (const election::RollFinding& finding : roll.findings) {
    J item = J::object();
    item["warning"] = election::ToString(finding.warning);
    item["unit_code"] = finding.unit_code;
    item["person"] = finding.person;
    item["recorded"] = finding.recorded;
    item["allocated"] = finding.allocated;
    out.push_back(std::move(item));
  }
  return out;
}

template <class J>
J RollCheck(const RollInput& input, const election::RollResult& roll) {
  J people = J::array();
  for (size_t i = 0; i < input.people.size() && i < roll.lines.size(); ++i) {
    people.push_back(PersonLine<J>(input.people[i], roll.lines[i]));
  }
  J out = J::object();
  out["kind"] = election::ToString(input.kind);
  out["opening"] = input.opening.ToIso();
  out["people"] = std::move(people);
  out["convened"] = Convened<J>(input.people, roll);
  out["sessions"] = Sessions<J>(input.sessions, roll);
  out["findings"] = Findings<J>(roll);
  return out;
}

}  // namespace

Result<RollInput> RollInputFromJson(const json& root) {
  if (!root.is_object()) return InvalidField("$", "phải là một đối tượng JSON (must be an object)");
  RollInput input;
  std::string text;
  DAIHOI_TRY(GetString(root, "kind", "kind", true), text);
  std::optional<election::CongressKind> kind = election::ParseCongressKind(text);
  if (!kind) {
    return InvalidField("kind",
                        "loại đại hội không hợp lệ '" + text + "' (must be delegates or members)");
  }
  input.kind = *kind;
  DAIHOI_TRY(GetDate(root, "opening", "opening"), input.opening);
  if (Status s = ParseList(root, "people", true, ParsePerson, input.people); !s) return s.error();
  if (Status s = ParseList(root, "issues", false, ParseIssue, input.issues); !s) return s.error();
  if (Status s = ParseList(root, "sessions", false, ParseSession, input.sessions); !s) {
    return s.error();
  }
  if (Status s = ParseList(root, "absences", false, ParseAbsence, input.absences); !s) {
    return s.error();
  }
  if (const json* allocated = Find(root, "allocated")) {
    if (!allocated->is_object()) {
      return InvalidField("allocated",
                          "phải là một đối tượng {\"MÃ ĐƠN VỊ\": số} (must be an object)");
    }
    for (auto it = allocated->begin(); it != allocated->end(); ++it) {
      const std::string where = "allocated." + it.key();
      std::optional<int64_t> seats;
      DAIHOI_TRY(GetInt(*allocated, it.key().c_str(), where, true, 0, kMaxInt), seats);
      input.allocated[it.key()] = *seats;
    }
  }
  return input;
}

json PersonLineJson(const election::RollPerson& person, const election::RollLine& line) {
  return PersonLine<json>(person, line);
}

json ConvenedJson(const std::vector<election::RollPerson>& people,
                  const election::RollResult& roll) {
  return Convened<json>(people, roll);
}

json SessionsJson(const std::vector<election::Session>& sessions,
                  const election::RollResult& roll) {
  return Sessions<json>(sessions, roll);
}

json FindingsJson(const election::RollResult& roll) { return Findings<json>(roll); }

json RollCheckJson(const RollInput& input, const election::RollResult& roll) {
  return RollCheck<json>(input, roll);
}

Result<nlohmann::ordered_json> RollCheckText(std::string_view text) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    return InvalidInput("JSON không hợp lệ tại byte " + std::to_string(e.byte) +
                        " (malformed JSON)");
  }
  Result<RollInput> input = RollInputFromJson(root);
  if (!input) return input.error();
  Result<election::RollResult> roll = election::ComputeRoll(*input);
  if (!roll) return roll.error();
  return RollCheck<nlohmann::ordered_json>(*input, *roll);
}

}  // namespace daihoi::json
