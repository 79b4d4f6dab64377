#include "json/count_json.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

#include "app/ballot.h"
#include "election/ballot_list.h"
#include "election/validity.h"
#include "json/fields.h"
#include "json/tally_json.h"
#include "text/text.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using ordered = nlohmann::ordered_json;

Status RequireCountBody(const json& body) {
  if (!body.is_object()) {
    return InvalidField("body",
                        "nội dung phải là một đối tượng JSON (the body must be a JSON object)");
  }
  return {};
}

// An optional list of strings; errors name `key[i]`.
Result<std::vector<std::string>> GetStrings(const json& object, const char* key) {
  std::vector<std::string> out;
  Result<const json*> list = GetList(object, key, false);
  if (!list) return list.error();
  if (!*list) return out;
  for (size_t index = 0; index < (*list)->size(); ++index) {
    const json& item = (**list)[index];
    if (!item.is_string()) {
      return InvalidField(Index(key, index),
                          "phải là chuỗi (must be a string), got " + item.dump());
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

constexpr int64_t kMaxInt64 = std::numeric_limits<int64_t>::max();

ordered ExclusionsJson(const std::vector<election::Exclusion>& exclusions) {
  ordered out = ordered::array();
  for (const election::Exclusion& exclusion : exclusions) {
    out.push_back({{"reason", election::ToString(exclusion.reason)}, {"count", exclusion.count}});
  }
  return out;
}

}  // namespace

ordered RoundToJson(const app::RoundRecord& round) {
  ordered positions = ordered::array();
  for (int position : round.candidates) positions.push_back(position + 1);
  ordered out = ordered::object();
  out["id"] = round.id;
  out["number"] = round.number;
  out["kind"] = app::ToString(round.kind);
  out["seats"] = round.seats;
  out["alternates"] = round.alternates;
  out["candidates"] = std::move(positions);
  out["closed"] = round.closed;
  out["closed_at"] = OrNull(round.closed_at);
  out["chain_head"] = OrNull(round.chain_head);
  return out;
}

ordered ElectionViewToJson(const app::ElectionView& view, const std::string& org_name) {
  const app::ElectionRecord& election = view.election;
  const bool locked = !election.list_digest.empty();
  ordered out = ordered::object();
  out["id"] = election.id;
  out["org_code"] = election.org_code;
  out["org_name"] = org_name;
  out["term"] = election.term;
  out["kind"] = election::ToString(election.kind);
  out["seats"] = election.seats;
  out["alternates"] = election.alternates;
  out["title"] = election.title;
  out["profile"] = election.profile;
  out["required_clerks"] = election.required_clerks;
  out["counting_committee"] = election.counting_committee;
  out["locked"] = locked;
  out["list_digest"] = OrNull(election.list_digest);
  out["locked_at"] = OrNull(election.locked_at);
  out["created_at"] = election.created_at;
  out["qr_payload"] =
      locked ? ordered(app::BallotQrPayload(app::ElectionIdText(election.id), election.list_digest))
             : ordered();
  // R-SURPLUS figures: the places a ballot fills are seats plus alternates (R-DELEGATES).
  const int places = election.seats + election.alternates;
  const int candidates = static_cast<int>(view.candidates.size());
  out["surplus"] = {{"candidates", candidates},
                    {"seats", places},
                    {"ratio", TwoDecimals(election::SurplusRatio(places, candidates))}};
  ordered list = ordered::array();
  for (size_t index = 0; index < view.candidates.size(); ++index) {
    const app::CandidateRecord& candidate = view.candidates[index];
    ordered item = ordered::object();
    item["position"] = index + 1;
    item["id"] = candidate.id;
    item["full_name"] = candidate.full_name;
    item["birth_date"] = DateOrNull(candidate.birth_date);
    item["member_id"] = candidate.member_id;
    item["gender"] = candidate.gender;
    list.push_back(std::move(item));
  }
  out["candidates"] = std::move(list);
  ordered rounds = ordered::array();
  for (const app::RoundRecord& round : view.rounds) rounds.push_back(RoundToJson(round));
  out["rounds"] = std::move(rounds);
  return out;
}

ordered BallotToJson(const election::Ballot& ballot) {
  ordered out = ordered::object();
  if (ballot.form == election::Ballot::Form::kStruck) {
    std::vector<int> struck = ballot.struck;
    std::sort(struck.begin(), struck.end());
    out["struck"] = struck;
  } else {
    ordered marks = ordered::object();
    std::vector<election::CandidateMark> sorted = ballot.marks;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.candidate < b.candidate; });
    for (const election::CandidateMark& mark : sorted) {
      if (mark.mark == election::Mark::kNone) continue;
      marks[std::to_string(mark.candidate)] = election::ToString(mark.mark);
    }
    out["marks"] = std::move(marks);
  }
  if (!ballot.write_in.empty()) out["write_in"] = ballot.write_in;
  if (ballot.unofficial) out["unofficial"] = true;
  if (ballot.marked) out["marked"] = true;
  return out;
}

bool StruckForm(const app::CountView& view, const election::Profile& profile) {
  election::Election values;
  values.kind = view.election.kind;
  values.seats = view.round.seats;
  values.alternates = view.round.alternates;
  if (values.seats == 0) {
    // A round for alternate places only votes for that many places.
    values.seats = values.alternates;
    values.alternates = 0;
  }
  return election::ShapeOf(values, static_cast<int>(view.candidates.size()), profile).has_surplus;
}

ordered CountViewToJson(const app::CountView& view, bool struck_form) {
  const app::ElectionRecord& election = view.election;
  const app::RoundRecord& round = view.round;
  ordered out = ordered::object();
  out["election"] = {{"id", election.id},
                     {"title", election.title},
                     {"kind", election::ToString(election.kind)},
                     {"seats", election.seats},
                     {"alternates", election.alternates},
                     {"required_clerks", election.required_clerks},
                     {"org_code", election.org_code},
                     {"term", election.term}};
  ordered round_json = ordered::object();
  round_json["id"] = round.id;
  round_json["number"] = round.number;
  round_json["kind"] = app::ToString(round.kind);
  round_json["seats"] = round.seats;
  round_json["alternates"] = round.alternates;
  round_json["closed"] = round.closed;
  round_json["closed_at"] = OrNull(round.closed_at);
  // The snapshot is frozen at close; before, the result (if any) uses the roll as it stands.
  round_json["convened"] = round.closed ? ordered(round.convened) : ordered();
  round_json["exclusions"] = ExclusionsJson(round.exclusions);
  round_json["issued"] = round.issued ? ordered(*round.issued) : ordered();
  round_json["chain_head"] = OrNull(round.chain_head);
  out["round"] = std::move(round_json);
  out["form"] = struck_form ? "struck" : "marks";

  ordered candidates = ordered::array();
  for (size_t index = 0; index < view.candidates.size(); ++index) {
    const app::CandidateRecord& candidate = view.candidates[index];
    const int position = index < round.candidates.size() ? round.candidates[index] : -1;
    candidates.push_back({{"index", index},
                          {"position", position + 1},
                          {"id", candidate.id},
                          {"full_name", candidate.full_name}});
  }
  out["candidates"] = std::move(candidates);

  ordered clerks = ordered::array();
  for (size_t index = 0; index < view.clerks.size(); ++index) {
    const int64_t entries =
        index < view.entries_per_clerk.size() ? view.entries_per_clerk[index] : 0;
    clerks.push_back({{"clerk", view.clerks[index]}, {"entries", entries}});
  }
  out["clerks"] = std::move(clerks);

  const election::Reconciliation& reconciliation = view.reconciliation;
  ordered disagreements = ordered::array();
  for (const election::BallotVersion& version : reconciliation.disagreements) {
    ordered versions = ordered::array();
    for (size_t clerk = 0; clerk < version.by_clerk.size(); ++clerk) {
      const auto& ballot = version.by_clerk[clerk];
      versions.push_back(
          {{"clerk", clerk < view.clerks.size() ? view.clerks[clerk] : std::string()},
           {"ballot", ballot ? BallotToJson(*ballot) : ordered()}});
    }
    disagreements.push_back({{"number", version.number}, {"versions", std::move(versions)}});
  }
  out["reconciliation"] = {{"agreed", reconciliation.agreed.size()},
                           {"pending", reconciliation.pending},
                           {"closable", reconciliation.closable},
                           {"disagreements", std::move(disagreements)}};

  if (view.result) {
    TallyCase tally_case;
    tally_case.profile = election.profile;
    for (const app::CandidateRecord& candidate : view.candidates) {
      tally_case.input.candidates.push_back(
          election::Candidate{candidate.id, candidate.full_name, candidate.birth_date});
    }
    out["result"] = TallyResultToJson(tally_case, *view.result);
  } else {
    out["result"] = nullptr;
  }
  out["chain"] = {{"head", view.chain_head}, {"ok", view.chain_ok}};
  return out;
}

ordered EntryToJson(const app::BallotEntryRecord& entry) {
  ordered out = ordered::object();
  out["seq"] = entry.seq;
  out["clerk"] = entry.clerk;
  out["number"] = entry.number;
  out["payload"] = entry.payload;
  out["entered_at"] = entry.entered_at;
  out["prev_hash"] = entry.prev_hash;
  out["hash"] = entry.hash;
  return out;
}

ordered ChainCheckToJson(const app::ChainCheck& check) {
  ordered out = ordered::object();
  out["entries"] = check.entries;
  out["head"] = check.head;
  out["ok"] = !check.first_bad_seq;
  out["first_bad_seq"] = check.first_bad_seq ? ordered(*check.first_bad_seq) : ordered();
  return out;
}

Result<app::ElectionSetup> ElectionSetupFromJson(const json& body) {
  if (Status object = RequireCountBody(body); !object) return object.error();
  app::ElectionSetup setup;
  auto kind_text = GetString(body, "kind", "kind", true);
  if (!kind_text) return kind_text.error();
  auto kind = election::ParseElectionKind(*kind_text);
  if (!kind) {
    return InvalidField("kind",
                        "loại bầu cử không hợp lệ '" + *kind_text +
                            "' (committee, standing_committee, secretary, deputy_secretary, "
                            "inspection, inspection_chair, delegates)");
  }
  setup.kind = *kind;
  auto seats = GetInt(body, "seats", "seats", true, std::numeric_limits<int>::min(), kMaxInt);
  if (!seats) return seats.error();
  setup.seats = static_cast<int>(**seats);
  auto alternates =
      GetInt(body, "alternates", "alternates", false, std::numeric_limits<int>::min(), kMaxInt);
  if (!alternates) return alternates.error();
  setup.alternates = static_cast<int>(alternates->value_or(0));
  auto title = GetString(body, "title", "title", true);
  if (!title) return title.error();
  setup.title = std::move(*title);
  auto profile = GetString(body, "profile", "profile", false);
  if (!profile) return profile.error();
  if (!profile->empty()) setup.profile = std::move(*profile);
  auto clerks = GetInt(body, "required_clerks", "required_clerks", false,
                       std::numeric_limits<int>::min(), kMaxInt);
  if (!clerks) return clerks.error();
  if (*clerks) setup.required_clerks = static_cast<int>(**clerks);
  auto committee = GetStrings(body, "counting_committee");
  if (!committee) return committee.error();
  setup.counting_committee = std::move(*committee);
  return setup;
}

Result<std::vector<app::CandidateRecord>> CandidatesFromJson(const json& body) {
  if (Status object = RequireCountBody(body); !object) return object.error();
  Result<const json*> found = GetList(body, "candidates", true);
  if (!found) return found.error();
  const json* list = *found;
  std::vector<app::CandidateRecord> candidates;
  for (size_t index = 0; index < list->size(); ++index) {
    const json& item = (*list)[index];
    const std::string at = Index("candidates", index);
    if (!item.is_object()) return InvalidField(at, "phải là một đối tượng (must be an object)");
    app::CandidateRecord candidate;
    auto id = GetString(item, "id", at + ".id", true);
    if (!id) return id.error();
    candidate.id = std::move(*id);
    auto name = GetString(item, "full_name", at + ".full_name", true);
    if (!name) return name.error();
    candidate.full_name = std::move(*name);
    auto birth = GetString(item, "birth_date", at + ".birth_date", false);
    if (!birth) return birth.error();
    if (!birth->empty()) {
      candidate.birth_date = Date::Parse(*birth);
      if (!candidate.birth_date) {
        return InvalidField(at + ".birth_date", "ngày không hợp lệ '" + *birth +
                                                    "' (not a date: YYYY-MM-DD or DD/MM/YYYY)");
      }
    }
    auto member = GetString(item, "member_id", at + ".member_id", false);
    if (!member) return member.error();
    candidate.member_id = std::move(*member);
    auto gender = GetString(item, "gender", at + ".gender", false);
    if (!gender) return gender.error();
    candidate.gender = std::move(*gender);
    candidates.push_back(std::move(candidate));
  }
  return candidates;
}

Result<std::vector<std::string>> CommitteeFromJson(const json& body) {
  if (Status object = RequireCountBody(body); !object) return object.error();
  if (!Find(body, "members")) return InvalidField("members", "thiếu (missing: a list of names)");
  return GetStrings(body, "members");
}

Result<EntryRequest> EntryFromJson(const json& body) {
  if (Status object = RequireCountBody(body); !object) return object.error();
  EntryRequest request;
  auto clerk = GetString(body, "clerk", "clerk", true);
  if (!clerk) return clerk.error();
  request.clerk = std::move(*clerk);
  auto number = GetInt(body, "number", "number", true, 1, kMaxInt64);
  if (!number) return number.error();
  request.entry.number = **number;
  auto retracted = GetBool(body, "retracted", "retracted");
  if (!retracted) return retracted.error();
  request.entry.retracted = retracted->value_or(false);

  election::Ballot& ballot = request.entry.ballot;
  const json* struck = Find(body, "struck");
  const json* marks = Find(body, "marks");
  if (struck && marks) {
    return InvalidField(
        "marks",
        "phiếu gạch tên hoặc đánh dấu đồng ý / không đồng ý, không cả hai (give struck or "
        "marks, not both)");
  }
  if (marks) {
    ballot.form = election::Ballot::Form::kMarks;
    if (!marks->is_object()) {
      return InvalidField(
          "marks",
          "phải là một đối tượng {\"vị trí\": \"agree\"} (must be an object of index → "
          "mark)");
    }
    for (const auto& [key, value] : marks->items()) {
      const std::string at = "marks." + key;
      const bool digits =
          !key.empty() && key.size() <= 9 &&
          std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!digits) {
        return InvalidField(at,
                            "khóa phải là vị trí trong danh sách, từ 0 (the key must be a 0-based "
                            "index), got '" +
                                key + "'");
      }
      std::optional<election::Mark> mark =
          value.is_string() ? election::ParseMark(value.get<std::string>()) : std::nullopt;
      if (!mark) {
        return InvalidField(
            at, "dấu không hợp lệ (a mark is agree, disagree, both or none), got " + value.dump());
      }
      ballot.marks.push_back({std::stoi(key), *mark});
    }
    // Keys come sorted as text ("10" before "2"); the ballot lists them by index.
    std::sort(ballot.marks.begin(), ballot.marks.end(),
              [](const auto& a, const auto& b) { return a.candidate < b.candidate; });
  } else if (struck) {
    if (!struck->is_array()) {
      return InvalidField("struck", "phải là một mảng vị trí (must be a list of 0-based indexes)");
    }
    for (size_t index = 0; index < struck->size(); ++index) {
      auto position = GetInt((*struck)[index], Index("struck", index),
                             std::numeric_limits<int>::min(), kMaxInt);
      if (!position) return position.error();
      if (!*position)
        return InvalidField(Index("struck", index), "thiếu vị trí (missing: an index)");
      ballot.struck.push_back(static_cast<int>(**position));
    }
  }
  auto write_in = GetStrings(body, "write_in");
  if (!write_in) return write_in.error();
  ballot.write_in = std::move(*write_in);
  auto unofficial = GetBool(body, "unofficial", "unofficial");
  if (!unofficial) return unofficial.error();
  ballot.unofficial = unofficial->value_or(false);
  auto marked = GetBool(body, "marked", "marked");
  if (!marked) return marked.error();
  ballot.marked = marked->value_or(false);
  if (Find(body, "qr")) {
    auto qr = GetString(body, "qr", "qr", true);
    if (!qr) return qr.error();
    request.qr = std::move(*qr);
  }
  return request;
}

Error EntryBodyError(Error error, const election::EnteredBallot& entry) {
  const std::string& field = error.field;
  if (field.starts_with("marks[") && field.ends_with("]")) {
    const std::string digits = field.substr(6, field.size() - 7);
    if (!digits.empty() && digits.size() <= 9 &&
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const size_t index = std::stoul(digits);
      if (index < entry.ballot.marks.size()) {
        error.field = "marks." + std::to_string(entry.ballot.marks[index].candidate);
      }
    }
  }
  return error;
}

Result<app::CloseRequest> CloseRequestFromJson(const json& body) {
  if (Status object = RequireCountBody(body); !object) return object.error();
  app::CloseRequest request;
  auto issued = GetInt(body, "issued", "issued", false, 0, kMaxInt64);
  if (!issued) return issued.error();
  request.issued = *issued;
  auto convened = GetInt(body, "convened", "convened", false, 1, kMaxInt64);
  if (!convened) return convened.error();
  request.convened = *convened;
  Result<const json*> exclusions = GetList(body, "exclusions", false);
  if (!exclusions) return exclusions.error();
  if (const json* list = *exclusions) {
    for (size_t index = 0; index < list->size(); ++index) {
      const json& item = (*list)[index];
      const std::string at = Index("exclusions", index);
      if (!item.is_object()) return InvalidField(at, "phải là một đối tượng (must be an object)");
      auto reason_text = GetString(item, "reason", at + ".reason", true);
      if (!reason_text) return reason_text.error();
      auto reason = election::ParseExclusionReason(*reason_text);
      if (!reason) {
        return InvalidField(at + ".reason", "lý do không hợp lệ '" + *reason_text +
                                                "' (an R-THRESHOLD exclusion reason)");
      }
      auto count = GetInt(item, "count", at + ".count", true, 0, kMaxInt64);
      if (!count) return count.error();
      request.exclusions.push_back({*reason, **count});
    }
  }
  return request;
}

Result<bool> CongressDecidedFromJson(const json& body) {
  if (Status object = RequireCountBody(body); !object) return object.error();
  auto decided = GetBool(body, "congress_decided", "congress_decided");
  if (!decided) return decided.error();
  return decided->value_or(false);
}

}  // namespace daihoi::json
