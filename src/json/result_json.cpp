#include "json/result_json.h"

#include <map>

#include "json/fields.h"
#include "text/text.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using nlohmann::ordered_json;

ordered_json PersonFields(ordered_json out, const election::Person& person) {
  out["full_name"] = person.full_name;
  out["member_id"] = person.member_id;
  out["gender"] = person.gender;
  out["birth_date"] = DateOrNull(person.birth_date);
  return out;
}

ordered_json StatsFields(ordered_json out, const election::BodyStats& stats) {
  const auto percent = [&](int64_t part) {
    return TwoDecimals(election::PercentOf(part, stats.size));
  };
  out["size"] = stats.size;
  out["women"] = stats.women;
  out["women_percent"] = percent(stats.women);
  out["under_40"] = stats.under_40;
  out["under_40_percent"] = percent(stats.under_40);
  out["from_40_to_50"] = stats.from_40_to_50;
  out["from_40_to_50_percent"] = percent(stats.from_40_to_50);
  out["over_50"] = stats.over_50;
  out["over_50_percent"] = percent(stats.over_50);
  out["age_unknown"] = stats.age_unknown;
  out["first_time"] = stats.first_time;
  out["re_elected"] = stats.re_elected;
  out["history_unknown"] = stats.history_unknown;
  return out;
}

ordered_json WarningsToJson(const std::vector<election::StructureWarning>& warnings) {
  ordered_json out = ordered_json::array();
  for (const auto& warning : warnings) {
    out.push_back({{"rule", "R-STRUCTURE"},
                   {"measure", warning.measure},
                   {"actual", TwoDecimals(warning.actual)},
                   {"target", TwoDecimals(warning.target)},
                   {"message", warning.message}});
  }
  return out;
}

Result<std::optional<Date>> OptionalDateAt(const json& object, const std::string& key,
                                           const std::string& field) {
  if (!object.contains(key) || object[key].is_null()) return std::optional<Date>();
  if (!object[key].is_string()) return InvalidField(field, "expected a date YYYY-MM-DD");
  auto date = Date::Parse(object[key].get<std::string>());
  if (!date) return InvalidField(field, "not a date: '" + object[key].get<std::string>() + "'");
  return date;
}

Result<election::Person> PersonFromJson(const json& item, const std::string& field) {
  if (!item.is_object()) return InvalidField(field, "expected an object");
  election::Person person;
  if (!item.contains("name") || !item["name"].is_string()) {
    return InvalidField(field + ".name", "name required");
  }
  person.full_name = text::Normalize(item["name"].get<std::string>());
  if (item.contains("member_id")) {
    if (!item["member_id"].is_string()) return InvalidField(field + ".member_id", "expected text");
    person.member_id = item["member_id"].get<std::string>();
  }
  if (item.contains("gender")) {
    if (!item["gender"].is_string()) return InvalidField(field + ".gender", "expected text");
    person.gender = item["gender"].get<std::string>();
  }
  auto birth = OptionalDateAt(item, "birth_date", field + ".birth_date");
  if (!birth.ok()) return birth.error();
  person.birth_date = *birth;
  return person;
}

Result<election::NextStep> NextFromJson(const json& round, const std::string& field) {
  if (!round.contains("next")) return election::NextStep::kNone;
  const std::string next = round["next"].is_string() ? round["next"].get<std::string>() : "";
  for (auto step : {election::NextStep::kNone, election::NextStep::kRevoteTied,
                    election::NextStep::kFurtherRound}) {
    if (next == election::ToString(step)) return step;
  }
  return InvalidField(field + ".next", "expected none, revote_tied or further_round");
}

}  // namespace

ordered_json BodyStatsToJson(const election::BodyStats& stats) {
  return StatsFields(ordered_json::object(), stats);
}

ordered_json MembershipToJson(const election::Membership& membership) {
  ordered_json out;
  out["body"] = election::ToString(membership.body);
  out["capacity"] = election::ToString(membership.capacity);
  out["rank"] = membership.rank;
  out = PersonFields(std::move(out), membership.person);
  out["election_id"] =
      membership.election_id ? ordered_json(*membership.election_id) : ordered_json(nullptr);
  return out;
}

ordered_json ApprovalToJson(const app::Approval& approval) {
  return {{"org_code", approval.org_code},
          {"term", approval.term},
          {"approved_by", approval.approved_by},
          {"decision", approval.decision},
          {"approved_on", approval.approved_on.ToIso()},
          {"note", approval.note},
          {"recorded_at", approval.recorded_at}};
}

ordered_json AppliedElectionToJson(const app::AppliedElection& applied) {
  ordered_json out;
  out["election_id"] = applied.election.id;
  out["kind"] = election::ToString(applied.election.kind);
  out["body"] =
      applied.body ? ordered_json(election::ToString(*applied.body)) : ordered_json(nullptr);
  out["parent_code"] = OrNull(applied.parent_code);
  ordered_json elected = ordered_json::array();
  for (const app::ElectedMember& member : applied.elected) {
    ordered_json line = PersonFields(ordered_json::object(), member.person);
    line["capacity"] = election::ToString(member.capacity);
    line["rank"] = member.rank;
    line["round"] = member.round;
    line["votes"] = member.votes;
    elected.push_back(std::move(line));
  }
  out["elected"] = std::move(elected);
  return out;
}

ordered_json CongressResultsToJson(const app::CongressResults& results) {
  ordered_json out;
  out["org_code"] = results.organization.code;
  out["name"] = results.organization.name;
  out["term"] = results.congress.term;
  out["superior"] =
      results.superior
          ? ordered_json({{"code", results.superior->code}, {"name", results.superior->name}})
          : ordered_json(nullptr);
  out["status"] = results.approval ? "approved" : "provisional";
  out["approval"] = results.approval ? ApprovalToJson(*results.approval) : ordered_json(nullptr);
  ordered_json bodies = ordered_json::array();
  for (const app::BodyView& body : results.bodies) {
    ordered_json members = ordered_json::array();
    for (const auto& member : body.members) members.push_back(MembershipToJson(member));
    bodies.push_back({{"body", election::ToString(body.body)},
                      {"label", election::BodyLabel(body.body)},
                      {"members", std::move(members)}});
  }
  out["bodies"] = std::move(bodies);
  ordered_json elections = ordered_json::array();
  for (const app::ElectionResultState& state : results.elections) {
    auto body = election::BodyOf(state.election.kind);
    elections.push_back(
        {{"id", state.election.id},
         {"kind", election::ToString(state.election.kind)},
         {"title", state.election.title},
         {"body", body ? ordered_json(election::ToString(*body)) : ordered_json(nullptr)},
         {"finished", state.finished},
         {"reason", state.reason},
         {"applied", !state.applied_at.empty()},
         {"applied_at", OrNull(state.applied_at)}});
  }
  out["elections"] = std::move(elections);
  ordered_json delegation = ordered_json::array();
  for (const app::RollEntry& entry : results.delegation) {
    ordered_json line;
    line["id"] = entry.id;
    line["role"] = entry.role == election::RollRole::kAlternate ? "alternate" : "official";
    line["rank"] = entry.rank;
    line["full_name"] = entry.full_name;
    line["member_id"] = entry.member_id;
    line["gender"] = entry.gender;
    line["birth_date"] = DateOrNull(entry.birth_date);
    delegation.push_back(std::move(line));
  }
  out["delegation"] = std::move(delegation);
  out["committee_stats"] =
      results.committee_stats ? BodyStatsToJson(*results.committee_stats) : ordered_json(nullptr);
  out["as_of"] = DateOrNull(results.as_of);
  out["previous_term"] =
      results.previous_term ? ordered_json(*results.previous_term) : ordered_json(nullptr);
  return out;
}

ordered_json CommitteeStatsToJson(const app::CommitteeStats& stats) {
  ordered_json out;
  out["root"] = stats.root;
  out["term"] = stats.term;
  ordered_json levels = ordered_json::array();
  for (const app::LevelCommitteeStats& level : stats.levels) {
    ordered_json line;
    line["level"] = level.level.level;
    line["level_name"] = level.level_name;
    line["organizations"] = level.level.organizations;
    line["with_committee"] = level.level.with_body;
    line = StatsFields(std::move(line), level.level.stats);
    line["warnings"] = WarningsToJson(level.warnings);
    levels.push_back(std::move(line));
  }
  out["levels"] = std::move(levels);
  out["total"] = BodyStatsToJson(stats.total);
  ordered_json organizations = ordered_json::array();
  for (const app::OrgCommitteeStats& organization : stats.organizations) {
    organizations.push_back({{"code", organization.org_code},
                             {"name", organization.name},
                             {"level", organization.level},
                             {"stats", organization.stats ? BodyStatsToJson(*organization.stats)
                                                          : ordered_json(nullptr)}});
  }
  out["organizations"] = std::move(organizations);
  return out;
}

Result<app::ApprovalRequest> ApprovalRequestFromJson(const json& body) {
  if (!body.is_object()) return InvalidField("", "expected a JSON object");
  app::ApprovalRequest request;
  for (const char* key : {"decision", "approved_by", "note"}) {
    if (body.contains(key) && !body[key].is_null() && !body[key].is_string()) {
      return InvalidField(key, "expected text");
    }
  }
  if (body.contains("decision") && body["decision"].is_string()) {
    request.decision = body["decision"].get<std::string>();
  }
  if (body.contains("approved_by") && body["approved_by"].is_string()) {
    request.approved_by = body["approved_by"].get<std::string>();
  }
  if (body.contains("note") && body["note"].is_string()) {
    request.note = body["note"].get<std::string>();
  }
  auto date = OptionalDateAt(body, "date", "date");
  if (!date.ok()) return date.error();
  request.approved_on = *date;
  return request;
}

Result<ordered_json> ResultCaseText(std::string_view text) {
  json input = json::parse(text, nullptr, false);
  if (input.is_discarded() || !input.is_object()) return InvalidField("", "not a JSON object");
  if (!input.contains("candidates") || !input["candidates"].is_array()) {
    return InvalidField("candidates", "expected an array");
  }
  std::vector<election::Person> list;
  std::map<std::string, int> position_of;
  for (size_t index = 0; index < input["candidates"].size(); ++index) {
    const std::string field = Index("candidates", index);
    const json& item = input["candidates"][index];
    auto person = PersonFromJson(item, field);
    if (!person.ok()) return person.error();
    if (!item.contains("id") || !item["id"].is_string())
      return InvalidField(field + ".id", "id required");
    if (!position_of.emplace(item["id"].get<std::string>(), static_cast<int>(index)).second) {
      return InvalidField(field + ".id", "id given twice");
    }
    list.push_back(*person);
  }
  if (!input.contains("rounds") || !input["rounds"].is_array()) {
    return InvalidField("rounds", "expected an array");
  }
  std::vector<election::ClosedRound> rounds;
  bool any_open = false;
  for (size_t index = 0; index < input["rounds"].size(); ++index) {
    const std::string field = Index("rounds", index);
    const json& item = input["rounds"][index];
    if (!item.is_object()) return InvalidField(field, "expected an object");
    if (item.value("open", false)) {
      any_open = true;
      continue;
    }
    election::ClosedRound round;
    round.number = item.value("number", static_cast<int>(index) + 1);
    // `standing`: ids in the round's order; `votes`: votes per id; `elected`, `alternates`:
    // ids in the engine's order (by votes).
    if (!item.contains("standing") || !item["standing"].is_array()) {
      return InvalidField(field + ".standing", "expected an array of candidate ids");
    }
    std::map<std::string, int> index_in_round;
    for (size_t k = 0; k < item["standing"].size(); ++k) {
      const json& id = item["standing"][k];
      if (!id.is_string() || !position_of.contains(id.get<std::string>())) {
        return InvalidField(Index(field + ".standing", k), "unknown candidate id");
      }
      index_in_round[id.get<std::string>()] = static_cast<int>(k);
      round.positions.push_back(position_of[id.get<std::string>()]);
      election::CandidateResult result;
      result.candidate = static_cast<int>(k);
      if (item.contains("votes") && item["votes"].contains(id.get<std::string>())) {
        result.votes = item["votes"][id.get<std::string>()].get<int64_t>();
      }
      round.result.candidates.push_back(result);
    }
    for (const char* key : {"elected", "alternates"}) {
      if (!item.contains(key)) continue;
      if (!item[key].is_array()) return InvalidField(field + "." + key, "expected an array");
      for (size_t k = 0; k < item[key].size(); ++k) {
        const json& id = item[key][k];
        if (!id.is_string() || !index_in_round.contains(id.get<std::string>())) {
          return InvalidField(Index(field + "." + key, k), "not a candidate standing in the round");
        }
        (std::string(key) == "elected" ? round.result.elected : round.result.alternates)
            .push_back(index_in_round[id.get<std::string>()]);
      }
    }
    auto next = NextFromJson(item, field);
    if (!next.ok()) return next.error();
    round.result.next = *next;
    round.result.unfilled_seats = item.value("unfilled_seats", 0);
    round.result.unfilled_alternates = item.value("unfilled_alternates", 0);
    rounds.push_back(std::move(round));
  }
  std::optional<std::vector<election::Person>> previous;
  if (input.contains("previous") && !input["previous"].is_null()) {
    if (!input["previous"].is_array()) return InvalidField("previous", "expected an array");
    previous.emplace();
    for (size_t index = 0; index < input["previous"].size(); ++index) {
      auto person = PersonFromJson(input["previous"][index], Index("previous", index));
      if (!person.ok()) return person.error();
      previous->push_back(*person);
    }
  }
  auto as_of = OptionalDateAt(input, "as_of", "as_of");
  if (!as_of.ok()) return as_of.error();

  ordered_json out;
  Status finished =
      election::CheckFinished(rounds, any_open, input.value("accept_unfilled", false));
  out["finished"] = finished.ok();
  out["reason"] = finished.ok() ? "" : finished.error().message;
  ordered_json elected = ordered_json::array();
  std::vector<election::Person> officials;
  if (finished.ok()) {
    for (const election::ElectedPerson& person : election::ElectedFromRounds(rounds)) {
      const election::Person& facts = list[person.position];
      elected.push_back({{"name", facts.full_name},
                         {"capacity", election::ToString(person.capacity)},
                         {"rank", person.rank},
                         {"round", person.round},
                         {"votes", person.votes}});
      if (person.capacity == election::Capacity::kOfficial) officials.push_back(facts);
    }
  }
  out["elected"] = std::move(elected);
  out["stats"] = finished.ok() ? BodyStatsToJson(election::StatsOf(officials, previous, *as_of))
                               : ordered_json(nullptr);
  return out;
}

}  // namespace daihoi::json
