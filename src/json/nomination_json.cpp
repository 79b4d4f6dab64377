#include "json/nomination_json.h"

#include <optional>
#include <string>
#include <vector>

#include "election/ballot_list.h"
#include "json/fields.h"
#include "json/tally_json.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using ordered = nlohmann::ordered_json;

Status RequireObject(const json& body, const std::string& where = "body") {
  if (!body.is_object()) {
    return InvalidInput("phải là một đối tượng JSON (must be a JSON object)", where);
  }
  return {};
}

// A whole number from 0 to `max`; nullopt when absent and not `required`.
Result<std::optional<int64_t>> GetIntUpTo(const json& object, const char* key,
                                          const std::string& field, bool required, int64_t max) {
  const json* value = Find(object, key);
  if (!value) {
    if (required) return InvalidInput("thiếu (missing: a whole number)", field);
    return std::optional<int64_t>();
  }
  if (!value->is_number_integer() || value->get<int64_t>() < 0 || value->get<int64_t>() > max) {
    return InvalidInput("phải là số nguyên từ 0 đến " + std::to_string(max) +
                            " (must be a whole number, 0–" + std::to_string(max) + "), got " +
                            value->dump(),
                        field);
  }
  return std::optional<int64_t>(value->get<int64_t>());
}

// A date; nullopt when absent or "".
Result<std::optional<Date>> GetOptionalDate(const json& object, const char* key,
                                            const std::string& field) {
  auto text = GetString(object, key, field, false);
  if (!text.ok()) return text.error();
  if (text->empty()) return std::optional<Date>();
  auto date = Date::Parse(*text);
  if (!date) return InvalidInput("ngày không hợp lệ '" + *text + "' (YYYY-MM-DD)", field);
  return std::optional<Date>(*date);
}

const char* GateMethodText(election::FloorGateMethod method) {
  return method == election::FloorGateMethod::kSecretPoll ? "secret_poll" : "show_of_hands";
}

ordered FindingsJson(const std::vector<election::ListViolation>& findings) {
  ordered out = ordered::array();
  for (const election::ListViolation& finding : findings) {
    out.push_back({{"rule", finding.rule}, {"message", finding.message}});
  }
  return out;
}

ordered StructureJson(const election::ListStructure& structure) {
  ordered out = ordered::object();
  out["total"] = structure.total;
  out["women"] = structure.women;
  out["women_percent"] = TwoDecimals(structure.women_percent);
  out["under_40"] = structure.under_40;
  out["under_40_percent"] = TwoDecimals(structure.under_40_percent);
  out["age_40_50"] = structure.age_40_50;
  out["age_40_50_percent"] = TwoDecimals(structure.age_40_50_percent);
  out["over_50"] = structure.over_50;
  out["over_50_percent"] = TwoDecimals(structure.over_50_percent);
  out["age_unknown"] = structure.age_unknown;
  out["first_time"] = structure.first_time;
  out["reelected"] = structure.reelected;
  ordered warnings = ordered::array();
  for (const election::ListStructureWarning& warning : structure.warnings) {
    warnings.push_back(
        {{"code", warning.code},
         {"nomination_id",
          warning.nomination.empty() ? ordered() : ordered(std::stoll(warning.nomination))},
         {"message", warning.message}});
  }
  out["warnings"] = std::move(warnings);
  return out;
}

}  // namespace

ordered StructureTargetsToJson(const election::ListStructureTargets& targets) {
  return {{"women_min_percent", targets.women_min_percent},
          {"under_40_min_percent", targets.under_40_min_percent},
          {"age_40_50_min_percent", targets.age_40_50_min_percent},
          {"age_40_50_max_percent", targets.age_40_50_max_percent},
          {"first_time_min_months", targets.first_time_min_months},
          {"reelected_min_months", targets.reelected_min_months},
          {"retirement_age_male_months", targets.retirement_age_male_months},
          {"retirement_age_female_months", targets.retirement_age_female_months}};
}

ordered NominationsViewToJson(const app::NominationsView& view) {
  const app::ElectionRecord& election = view.election;
  ordered out = ordered::object();
  out["election"] = {{"id", election.id},       {"org_code", election.org_code},
                     {"term", election.term},   {"kind", election::ToString(election.kind)},
                     {"seats", election.seats}, {"alternates", election.alternates},
                     {"title", election.title}, {"profile", election.profile},
                     {"locked", view.locked}};
  out["gate_method"] = GateMethodText(view.gate_method);
  out["opening"] = DateOrNull(view.opening);
  out["convened"] = view.convened ? ordered(*view.convened) : ordered();

  // Age and time left per nominee of the final list (ListStructure::time_left).
  std::vector<std::optional<int>> months(view.nominations.size());
  for (const election::TimeLeft& left : view.structure.time_left) {
    months[static_cast<size_t>(left.nominee)] = left.months;
  }
  std::vector<bool> listed(view.nominations.size(), false);
  for (int index : view.review.final_list) listed[static_cast<size_t>(index)] = true;

  ordered nominations = ordered::array();
  for (size_t index = 0; index < view.nominations.size(); ++index) {
    const app::NominationRecord& record = view.nominations[index];
    const election::NomineeReview& review = view.review.nominees[index];
    ordered item = ordered::object();
    item["id"] = record.id;
    item["member_id"] = record.member_id;
    item["full_name"] = record.full_name;
    item["gender"] = record.gender;
    item["birth_date"] = DateOrNull(record.birth_date);
    item["full_member_date"] = DateOrNull(record.full_member_date);
    item["full_member"] = record.full_member;
    item["convening_committee_member"] = record.convening_committee_member;
    item["source"] = election::ToString(record.source);
    item["nominated_by"] = record.nominated_by;
    item["nominated_by_committee_member"] = record.nominated_by_committee_member;
    if (record.gate) {
      item["gate"] = {
          {"convened", record.gate->convened ? ordered(record.gate->convened) : ordered()},
          {"present", record.gate->present},
          {"agree", record.gate->agree},
          {"passed", review.gate_passed.value_or(false)},
          {"recorded_at", OrNull(record.gate_recorded_at)}};
    } else {
      item["gate"] = nullptr;
    }
    if (record.withdrawal_requested) {
      ordered vote;
      if (record.withdrawal_vote) {
        vote = {{"convened", record.withdrawal_vote->convened},
                {"present", record.withdrawal_vote->present},
                {"in_favour", record.withdrawal_vote->in_favour},
                {"passed", review.withdrawal_passed.value_or(false)},
                {"voted_at", OrNull(record.withdrawal_voted_at)}};
      }
      item["withdrawal"] = {{"reason", record.withdrawal_reason},
                            {"requested_at", OrNull(record.withdrawal_requested_at)},
                            {"vote", vote}};
    } else {
      item["withdrawal"] = nullptr;
    }
    item["status"] = election::ToString(review.status);
    item["on_list"] = static_cast<bool>(listed[index]);
    item["age"] = record.birth_date && view.opening
                      ? ordered(election::WholeYearsOfAge(*record.birth_date, *view.opening))
                      : ordered();
    item["months_to_retirement"] = months[index] ? ordered(*months[index]) : ordered();
    item["findings"] = FindingsJson(review.findings);
    item["created_at"] = record.created_at;
    nominations.push_back(std::move(item));
  }
  out["nominations"] = std::move(nominations);
  ordered final_list = ordered::array();
  for (int index : view.review.final_list) {
    final_list.push_back(view.nominations[static_cast<size_t>(index)].id);
  }
  out["final_list"] = std::move(final_list);
  out["committee_list"] = view.review.committee_list;
  const int candidates = static_cast<int>(view.review.final_list.size());
  out["surplus"] = {{"seats", election.seats},
                    {"candidates", candidates},
                    {"surplus", candidates - election.seats},
                    {"ratio", TwoDecimals(view.review.surplus_ratio)}};
  ordered blockers = ordered::array();
  for (const election::Blocker& blocker : view.review.blockers) {
    blockers.push_back(
        {{"rule", blocker.rule},
         {"nomination_id",
          blocker.nomination.empty() ? ordered() : ordered(std::stoll(blocker.nomination))},
         {"message", blocker.message}});
  }
  out["blockers"] = std::move(blockers);
  out["can_finalize"] = !view.locked && view.review.blockers.empty();
  out["finalized"] = view.finalized;
  out["locked"] = view.locked;
  out["targets"] = StructureTargetsToJson(view.targets);
  out["targets_set"] = view.targets_set;
  out["structure"] = StructureJson(view.structure);
  return out;
}

Result<app::NominateRequest> NominateRequestFromJson(const json& body) {
  if (Status object = RequireObject(body); !object) return object.error();
  app::NominateRequest request;
  auto member = GetString(body, "member_id", "member_id", true);
  if (!member.ok()) return member.error();
  request.member_id = *member;
  auto source = GetString(body, "source", "source", false);
  if (!source.ok()) return source.error();
  if (!source->empty()) {
    auto parsed = election::ParseNominationSource(*source);
    if (!parsed) {
      return InvalidInput("nguồn đề cử không hợp lệ '" + *source + "' (committee, floor, self)",
                          "source");
    }
    request.source = *parsed;
  }
  auto by = GetString(body, "nominated_by", "nominated_by", false);
  if (!by.ok()) return by.error();
  request.nominated_by = *by;
  auto by_committee =
      GetBool(body, "nominated_by_committee_member", "nominated_by_committee_member");
  if (!by_committee.ok()) return by_committee.error();
  request.nominated_by_committee_member = by_committee->value_or(false);
  auto incumbent = GetBool(body, "convening_committee_member", "convening_committee_member");
  if (!incumbent.ok()) return incumbent.error();
  request.convening_committee_member = *incumbent;
  return request;
}

Result<app::VoteCount> VoteCountFromJson(const json& body) {
  if (Status object = RequireObject(body); !object) return object.error();
  app::VoteCount vote;
  auto present = GetIntUpTo(body, "present", "present", true, kMaxInt);
  if (!present.ok()) return present.error();
  vote.present = **present;
  const char* favour_key = Find(body, "agree") ? "agree" : "in_favour";
  auto favour = GetIntUpTo(body, favour_key, favour_key, true, kMaxInt);
  if (!favour.ok()) return favour.error();
  vote.in_favour = **favour;
  auto convened = GetIntUpTo(body, "convened", "convened", false, kMaxInt);
  if (!convened.ok()) return convened.error();
  vote.convened = *convened;
  return vote;
}

Result<std::string> WithdrawalReasonFromJson(const json& body) {
  if (Status object = RequireObject(body); !object) return object.error();
  return GetString(body, "reason", "reason", false);
}

Result<election::ListStructureTargets> StructureTargetsFromJson(const json& body) {
  if (Status object = RequireObject(body); !object) return object.error();
  election::ListStructureTargets targets;
  const struct {
    const char* key;
    int* field;
  } fields[] = {
      {"women_min_percent", &targets.women_min_percent},
      {"under_40_min_percent", &targets.under_40_min_percent},
      {"age_40_50_min_percent", &targets.age_40_50_min_percent},
      {"age_40_50_max_percent", &targets.age_40_50_max_percent},
      {"first_time_min_months", &targets.first_time_min_months},
      {"reelected_min_months", &targets.reelected_min_months},
      {"retirement_age_male_months", &targets.retirement_age_male_months},
      {"retirement_age_female_months", &targets.retirement_age_female_months},
  };
  for (const auto& field : fields) {
    auto value = GetIntUpTo(body, field.key, field.key, false, 1200);
    if (!value.ok()) return value.error();
    if (*value) *field.field = static_cast<int>(**value);
  }
  if (Status s = election::CheckListStructureTargets(targets); !s) return s.error();
  return targets;
}

Result<ordered> NominationCaseToJson(const json& input) {
  if (Status object = RequireObject(input, "case"); !object) return object.error();
  auto profile_id = GetString(input, "profile", "profile", true);
  if (!profile_id.ok()) return profile_id.error();
  auto profile = LoadProfileOnce(*profile_id);
  if (!profile.ok()) return profile.error();
  const json* election_json = Find(input, "election");
  if (!election_json) return InvalidInput("thiếu (missing)", "election");
  if (Status object = RequireObject(*election_json, "election"); !object) return object.error();
  election::Election values;
  auto kind_text = GetString(*election_json, "kind", "election.kind", true);
  if (!kind_text.ok()) return kind_text.error();
  auto kind = election::ParseElectionKind(*kind_text);
  if (!kind) return InvalidInput("loại bầu cử không hợp lệ '" + *kind_text + "'", "election.kind");
  values.kind = *kind;
  auto seats = GetIntUpTo(*election_json, "seats", "election.seats", true, kMaxInt);
  if (!seats.ok()) return seats.error();
  values.seats = static_cast<int>(**seats);
  auto alternates = GetIntUpTo(*election_json, "alternates", "election.alternates", false, kMaxInt);
  if (!alternates.ok()) return alternates.error();
  values.alternates = static_cast<int>(alternates->value_or(0));
  auto opening = GetOptionalDate(input, "opening", "opening");
  if (!opening.ok()) return opening.error();
  election::ListStructureTargets targets;
  if (const json* targets_json = Find(input, "targets")) {
    auto parsed = StructureTargetsFromJson(*targets_json);
    if (!parsed.ok()) {
      Error error = parsed.error();
      error.field = "targets." + error.field;
      return error;
    }
    targets = *parsed;
  }
  const json* list = Find(input, "nominations");
  if (!list || !list->is_array()) return InvalidInput("phải là một mảng (a list)", "nominations");
  std::vector<election::Nominee> nominees;
  for (size_t index = 0; index < list->size(); ++index) {
    const json& item = (*list)[index];
    const std::string at = Index("nominations", index);
    if (Status object = RequireObject(item, at); !object) return object.error();
    election::Nominee nominee;
    auto id = GetString(item, "id", at + ".id", true);
    if (!id.ok()) return id.error();
    nominee.id = *id;
    auto name = GetString(item, "full_name", at + ".full_name", false);
    if (!name.ok()) return name.error();
    nominee.full_name = name->empty() ? *id : *name;
    auto gender = GetString(item, "gender", at + ".gender", false);
    if (!gender.ok()) return gender.error();
    nominee.gender = *gender;
    auto birth = GetOptionalDate(item, "birth_date", at + ".birth_date");
    if (!birth.ok()) return birth.error();
    nominee.birth_date = *birth;
    auto full_date = GetOptionalDate(item, "full_member_date", at + ".full_member_date");
    if (!full_date.ok()) return full_date.error();
    nominee.full_member_date = *full_date;
    auto full = GetBool(item, "full_member", at + ".full_member");
    if (!full.ok()) return full.error();
    nominee.full_member = full->value_or(true);
    auto incumbent =
        GetBool(item, "convening_committee_member", at + ".convening_committee_member");
    if (!incumbent.ok()) return incumbent.error();
    nominee.convening_committee_member = incumbent->value_or(false);
    auto source = GetString(item, "source", at + ".source", false);
    if (!source.ok()) return source.error();
    if (!source->empty()) {
      auto parsed = election::ParseNominationSource(*source);
      if (!parsed) return InvalidInput("committee, floor or self", at + ".source");
      nominee.source = *parsed;
    }
    auto by_committee =
        GetBool(item, "nominated_by_committee_member", at + ".nominated_by_committee_member");
    if (!by_committee.ok()) return by_committee.error();
    nominee.nominated_by_committee_member = by_committee->value_or(false);
    if (const json* gate = Find(item, "gate")) {
      auto vote = VoteCountFromJson(*gate);
      if (!vote.ok()) {
        Error error = vote.error();
        error.field = at + ".gate." + error.field;
        return error;
      }
      nominee.gate = election::GateVote{vote->convened.value_or(0), vote->present, vote->in_favour};
    }
    auto requested = GetBool(item, "withdrawal_requested", at + ".withdrawal_requested");
    if (!requested.ok()) return requested.error();
    nominee.withdrawal_requested = requested->value_or(false);
    if (const json* vote_json = Find(item, "withdrawal_vote")) {
      auto vote = VoteCountFromJson(*vote_json);
      if (!vote.ok()) {
        Error error = vote.error();
        error.field = at + ".withdrawal_vote." + error.field;
        return error;
      }
      nominee.withdrawal_requested = true;
      nominee.withdrawal_vote =
          election::ShowOfHands{vote->convened.value_or(0), vote->present, vote->in_favour};
    }
    nominees.push_back(std::move(nominee));
  }

  const election::ListReview review =
      election::ReviewNominations(values, nominees, *profile, *opening);
  const election::ListStructure structure =
      election::ComputeListStructure(nominees, review.final_list, targets, *opening);
  ordered out = ordered::object();
  ordered statuses = ordered::object();
  ordered findings = ordered::array();
  for (size_t index = 0; index < nominees.size(); ++index) {
    statuses[nominees[index].id] = election::ToString(review.nominees[index].status);
    for (const election::ListViolation& finding : review.nominees[index].findings) {
      findings.push_back({{"rule", finding.rule}, {"nomination", finding.nomination}});
    }
  }
  out["statuses"] = std::move(statuses);
  out["findings"] = std::move(findings);
  ordered final_list = ordered::array();
  for (int index : review.final_list) final_list.push_back(nominees[static_cast<size_t>(index)].id);
  out["final_list"] = std::move(final_list);
  out["committee_list"] = review.committee_list;
  out["surplus_ratio"] = TwoDecimals(review.surplus_ratio);
  ordered blockers = ordered::array();
  for (const election::Blocker& blocker : review.blockers) {
    blockers.push_back({{"rule", blocker.rule}, {"nomination", blocker.nomination}});
  }
  out["blockers"] = std::move(blockers);
  ordered stats = ordered::object();
  stats["total"] = structure.total;
  stats["women"] = structure.women;
  stats["under_40"] = structure.under_40;
  stats["age_40_50"] = structure.age_40_50;
  stats["over_50"] = structure.over_50;
  stats["age_unknown"] = structure.age_unknown;
  stats["first_time"] = structure.first_time;
  stats["reelected"] = structure.reelected;
  ordered warnings = ordered::array();
  for (const election::ListStructureWarning& warning : structure.warnings) {
    warnings.push_back({{"code", warning.code}, {"nomination", warning.nomination}});
  }
  stats["warnings"] = std::move(warnings);
  out["structure"] = std::move(stats);
  return out;
}

}  // namespace daihoi::json
