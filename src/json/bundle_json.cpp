#include "json/bundle_json.h"

#include <optional>
#include <utility>

#include "json/fields.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;
using nlohmann::ordered_json;

constexpr const char* kFormat = "daihoi-bundle";

ordered_json RoundJson(const app::ImportedRound& given) {
  const app::RoundRecord& round = given.round;
  ordered_json exclusions = ordered_json::array();
  for (const election::Exclusion& exclusion : round.exclusions) {
    exclusions.push_back(
        {{"reason", election::ToString(exclusion.reason)}, {"count", exclusion.count}});
  }
  ordered_json entries = ordered_json::array();
  for (const app::BallotEntryRecord& entry : given.entries) {
    entries.push_back({{"seq", entry.seq},
                       {"clerk", entry.clerk},
                       {"number", entry.number},
                       {"payload", entry.payload},
                       {"entered_at", entry.entered_at},
                       {"prev_hash", entry.prev_hash},
                       {"hash", entry.hash}});
  }
  return {{"id", round.id},
          {"number", round.number},
          {"kind", app::ToString(round.kind)},
          {"seats", round.seats},
          {"alternates", round.alternates},
          {"candidates", round.candidates},
          {"closed", round.closed},
          {"closed_at", round.closed_at},
          {"convened", round.convened},
          {"issued", round.issued ? ordered_json(*round.issued) : ordered_json(nullptr)},
          {"exclusions", std::move(exclusions)},
          {"chain_head", round.chain_head},
          {"entries", std::move(entries)}};
}

ordered_json ElectionJson(const app::ImportedElection& imported) {
  const app::ElectionRecord& election = imported.election;
  ordered_json candidates = ordered_json::array();
  for (const app::CandidateRecord& candidate : imported.candidates) {
    candidates.push_back({{"id", candidate.id},
                          {"full_name", candidate.full_name},
                          {"birth_date", DateOrNull(candidate.birth_date)},
                          {"member_id", candidate.member_id},
                          {"gender", candidate.gender}});
  }
  ordered_json rounds = ordered_json::array();
  for (const app::ImportedRound& round : imported.rounds) rounds.push_back(RoundJson(round));
  return {{"id", election.id},
          {"kind", election::ToString(election.kind)},
          {"seats", election.seats},
          {"alternates", election.alternates},
          {"title", election.title},
          {"profile", election.profile},
          {"required_clerks", election.required_clerks},
          {"counting_committee", election.counting_committee},
          {"list_digest", election.list_digest},
          {"locked_at", election.locked_at},
          {"created_at", election.created_at},
          {"candidates", std::move(candidates)},
          {"rounds", std::move(rounds)}};
}

// Reads the fields of one object, naming the first that is missing or of the wrong type.
class Reader {
 public:
  Reader(const json& object, std::string path, const std::string& file)
      : object_(object), path_(std::move(path)), file_(file) {}

  const std::optional<Error>& error() const { return error_; }

  const json& Field(const std::string& key, json::value_t type, bool nullable = false) {
    static const json kNull;
    if (error_) return kNull;
    auto it = object_.find(key);
    const bool number = type == json::value_t::number_integer;
    if (it == object_.end()) {
      Fail(key, "thiếu trường (missing)");
      return kNull;
    }
    if (nullable && it->is_null()) return *it;
    if (number ? !it->is_number_integer() : it->type() != type) {
      Fail(key, "sai kiểu (wrong type)");
      return kNull;
    }
    return *it;
  }
  std::string Text(const std::string& key) {
    const json& value = Field(key, json::value_t::string);
    return value.is_string() ? value.get<std::string>() : std::string();
  }
  int64_t Int(const std::string& key) {
    const json& value = Field(key, json::value_t::number_integer);
    return value.is_number_integer() ? value.get<int64_t>() : 0;
  }
  std::optional<int64_t> OptionalInt(const std::string& key) {
    const json& value = Field(key, json::value_t::number_integer, true);
    if (!value.is_number_integer()) return std::nullopt;
    return value.get<int64_t>();
  }
  bool Flag(const std::string& key) {
    const json& value = Field(key, json::value_t::boolean);
    return value.is_boolean() && value.get<bool>();
  }
  const json& Array(const std::string& key) { return Field(key, json::value_t::array); }
  std::string Path(const std::string& key) const { return JoinPath(path_, key); }

  void Fail(const std::string& key, const std::string& problem) {
    if (error_) return;
    Error error = InvalidInput("gói kết quả: " + Path(key) + " " + problem, Path(key));
    error.file = file_;
    error_ = std::move(error);
  }

 private:
  const json& object_;
  std::string path_;
  const std::string& file_;
  std::optional<Error> error_;
};

template <class T, class Parse>
Result<std::vector<T>> ReadList(const json& array, const std::string& path, const std::string& file,
                                Parse parse) {
  std::vector<T> out;
  for (size_t i = 0; i < array.size(); ++i) {
    const std::string at = Index(path, i);
    if (!array[i].is_object()) {
      Error error = InvalidInput("gói kết quả: " + at + " phải là đối tượng (object)", at);
      error.file = file;
      return error;
    }
    Reader reader(array[i], at, file);
    T value = parse(reader, array[i]);
    if (reader.error()) return *reader.error();
    out.push_back(std::move(value));
  }
  return out;
}

Result<app::ImportedRound> ParseRound(Reader& r, int64_t election_id, const std::string& file,
                                      const std::string& path) {
  app::ImportedRound given;
  app::RoundRecord& round = given.round;
  round.id = r.Int("id");
  round.election_id = election_id;
  round.number = static_cast<int>(r.Int("number"));
  const std::string kind = r.Text("kind");
  if (auto parsed = app::ParseRoundKind(kind)) {
    round.kind = *parsed;
  } else {
    r.Fail("kind", "không hợp lệ: '" + kind + "'");
  }
  round.seats = static_cast<int>(r.Int("seats"));
  round.alternates = static_cast<int>(r.Int("alternates"));
  const json& positions = r.Array("candidates");
  for (size_t i = 0; positions.is_array() && i < positions.size(); ++i) {
    if (!positions[i].is_number_integer()) {
      r.Fail(Index("candidates", i), "phải là số nguyên (integer)");
      break;
    }
    round.candidates.push_back(positions[i].get<int>());
  }
  round.closed = r.Flag("closed");
  round.closed_at = r.Text("closed_at");
  round.convened = r.Int("convened");
  round.issued = r.OptionalInt("issued");
  round.chain_head = r.Text("chain_head");
  const json& exclusions = r.Array("exclusions");
  const json& entries = r.Array("entries");
  if (r.error()) return *r.error();
  auto parsed_exclusions = ReadList<election::Exclusion>(
      exclusions, path + ".exclusions", file, [](Reader& x, const json&) {
        election::Exclusion exclusion;
        const std::string reason = x.Text("reason");
        if (auto parsed = election::ParseExclusionReason(reason)) {
          exclusion.reason = *parsed;
        } else {
          x.Fail("reason", "không hợp lệ: '" + reason + "'");
        }
        exclusion.count = x.Int("count");
        return exclusion;
      });
  if (!parsed_exclusions.ok()) return parsed_exclusions.error();
  round.exclusions = std::move(*parsed_exclusions);
  auto parsed_entries = ReadList<app::BallotEntryRecord>(entries, path + ".entries", file,
                                                         [&](Reader& x, const json&) {
                                                           app::BallotEntryRecord entry;
                                                           entry.round_id = round.id;
                                                           entry.seq = x.Int("seq");
                                                           entry.clerk = x.Text("clerk");
                                                           entry.number = x.Int("number");
                                                           entry.payload = x.Text("payload");
                                                           entry.entered_at = x.Text("entered_at");
                                                           entry.prev_hash = x.Text("prev_hash");
                                                           entry.hash = x.Text("hash");
                                                           return entry;
                                                         });
  if (!parsed_entries.ok()) return parsed_entries.error();
  given.entries = std::move(*parsed_entries);
  return given;
}

Result<app::ImportedElection> ParseImportedElection(Reader& r, const app::CongressRef& congress,
                                                    const std::string& file,
                                                    const std::string& path) {
  app::ImportedElection imported;
  app::ElectionRecord& election = imported.election;
  election.id = r.Int("id");
  election.org_code = congress.org_code;
  election.term = congress.term;
  const std::string kind = r.Text("kind");
  if (auto parsed = election::ParseElectionKind(kind)) {
    election.kind = *parsed;
  } else {
    r.Fail("kind", "không hợp lệ: '" + kind + "'");
  }
  election.seats = static_cast<int>(r.Int("seats"));
  election.alternates = static_cast<int>(r.Int("alternates"));
  election.title = r.Text("title");
  election.profile = r.Text("profile");
  election.required_clerks = static_cast<int>(r.Int("required_clerks"));
  const json& committee = r.Array("counting_committee");
  for (size_t i = 0; committee.is_array() && i < committee.size(); ++i) {
    if (!committee[i].is_string()) {
      r.Fail(Index("counting_committee", i), "phải là chuỗi (string)");
      break;
    }
    election.counting_committee.push_back(committee[i].get<std::string>());
  }
  election.list_digest = r.Text("list_digest");
  election.locked_at = r.Text("locked_at");
  election.created_at = r.Text("created_at");
  const json& candidates = r.Array("candidates");
  const json& rounds = r.Array("rounds");
  if (r.error()) return *r.error();
  auto parsed_candidates = ReadList<app::CandidateRecord>(
      candidates, path + ".candidates", file, [](Reader& x, const json& object) {
        app::CandidateRecord candidate;
        candidate.id = x.Text("id");
        candidate.full_name = x.Text("full_name");
        const json& birth = x.Field("birth_date", json::value_t::string, true);
        if (birth.is_string()) {
          candidate.birth_date = Date::Parse(birth.get<std::string>());
          if (!candidate.birth_date) x.Fail("birth_date", "không phải ngày YYYY-MM-DD");
        }
        candidate.member_id = x.Text("member_id");
        candidate.gender = x.Text("gender");
        (void)object;
        return candidate;
      });
  if (!parsed_candidates.ok()) return parsed_candidates.error();
  imported.candidates = std::move(*parsed_candidates);
  for (size_t i = 0; i < rounds.size(); ++i) {
    const std::string at = Index(path + ".rounds", i);
    if (!rounds[i].is_object()) {
      Error error = InvalidInput("gói kết quả: " + at + " phải là đối tượng (object)", at);
      error.file = file;
      return error;
    }
    Reader reader(rounds[i], at, file);
    auto round = ParseRound(reader, election.id, file, at);
    if (!round.ok()) return round.error();
    imported.rounds.push_back(std::move(*round));
  }
  return imported;
}

}  // namespace

nlohmann::ordered_json BundleToJson(const app::Bundle& bundle) {
  ordered_json elections = ordered_json::array();
  for (const app::ImportedElection& imported : bundle.elections) {
    elections.push_back(ElectionJson(imported));
  }
  return {{"format", kFormat},
          {"version", bundle.version},
          {"congress", {{"org_code", bundle.congress.org_code}, {"term", bundle.congress.term}}},
          {"venue_key", bundle.venue_key},
          {"exported_at", bundle.exported_at},
          {"elections", std::move(elections)},
          {"signature", bundle.signature}};
}

Result<app::Bundle> BundleFromJson(const std::string& text, const std::string& file) {
  json document = json::parse(text, nullptr, false);
  if (document.is_discarded() || !document.is_object()) {
    Error error = InvalidInput("không phải gói kết quả JSON (not a JSON bundle)");
    error.file = file;
    return error;
  }
  Reader r(document, "", file);
  if (r.Text("format") != kFormat && !r.error()) r.Fail("format", "phải là \"daihoi-bundle\"");
  app::Bundle bundle;
  bundle.version = static_cast<int>(r.Int("version"));
  const json& congress = r.Field("congress", json::value_t::object);
  if (r.error()) return *r.error();
  Reader c(congress, "congress", file);
  bundle.congress.org_code = c.Text("org_code");
  bundle.congress.term = c.Text("term");
  if (c.error()) return *c.error();
  bundle.venue_key = r.Text("venue_key");
  bundle.exported_at = r.Text("exported_at");
  bundle.signature = r.Text("signature");
  const json& elections = r.Array("elections");
  if (r.error()) return *r.error();
  for (size_t i = 0; i < elections.size(); ++i) {
    const std::string at = Index("elections", i);
    if (!elections[i].is_object()) {
      Error error = InvalidInput("gói kết quả: " + at + " phải là đối tượng (object)", at);
      error.file = file;
      return error;
    }
    Reader reader(elections[i], at, file);
    auto election = ParseImportedElection(reader, bundle.congress, file, at);
    if (!election.ok()) return election.error();
    bundle.elections.push_back(std::move(*election));
  }
  return bundle;
}

}  // namespace daihoi::json
