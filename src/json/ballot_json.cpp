#include "json/ballot_json.h"

#include <unordered_set>

#include "json/fields.h"
#include "text/text.h"

namespace daihoi::json {
namespace {

using namespace detail;
using nlohmann::json;

// A string member, NFC; `required` refuses a missing or empty one.
Result<std::string> Text(const json& object, const std::string& key, const std::string& where,
                         bool required) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    if (required) return InvalidPathField(where, "missing (a string)");
    return std::string();
  }
  if (!it->is_string()) return InvalidPathField(where, "must be a string, got " + it->dump());
  std::string value = text::Normalize(it->get<std::string>());
  if (required && value.empty()) return InvalidPathField(where, "empty");
  return value;
}

Result<int> Whole(const json& object, const std::string& key, const std::string& where,
                  bool required, int64_t min) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    if (required) return InvalidPathField(where, "missing (a whole number)");
    return 0;
  }
  if (!it->is_number_integer())
    return InvalidPathField(where, "must be a whole number, got " + it->dump());
  if (it->is_number_unsigned() && it->get<uint64_t>() > static_cast<uint64_t>(kMaxSeats)) {
    return InvalidPathField(where, "too large: " + it->dump());
  }
  const int64_t value = it->get<int64_t>();
  if (value < min) {
    return InvalidPathField(
        where, "must be at least " + std::to_string(min) + ", got " + std::to_string(value));
  }
  if (value > kMaxSeats) return InvalidPathField(where, "too large: " + std::to_string(value));
  return static_cast<int>(value);
}

Status ParseBallotElection(const json& object, BallotCase& out) {
  if (!object.is_object()) return InvalidPathField("election", "must be an object");
  Result<std::string> id = Text(object, "id", "election.id", true);
  if (!id) return id.error();
  out.election_id = *id;
  Result<std::string> kind = Text(object, "kind", "election.kind", true);
  if (!kind) return kind.error();
  std::optional<election::ElectionKind> parsed = election::ParseElectionKind(*kind);
  if (!parsed) {
    return InvalidPathField(
        "election.kind",
        "unknown kind '" + *kind +
            "' (committee, standing_committee, secretary, deputy_secretary, inspection, "
            "inspection_chair, delegates)");
  }
  out.election.kind = *parsed;
  Result<int> seats = Whole(object, "seats", "election.seats", true, 1);
  if (!seats) return seats.error();
  out.election.seats = *seats;
  Result<int> alternates = Whole(object, "alternates", "election.alternates", false, 0);
  if (!alternates) return alternates.error();
  out.election.alternates = *alternates;
  Result<std::string> title = Text(object, "title", "election.title", true);
  if (!title) return title.error();
  out.title = *title;
  Result<std::string> superior = Text(object, "superior", "election.superior", false);
  if (!superior) return superior.error();
  out.superior = *superior;
  Result<std::string> congress = Text(object, "congress", "election.congress", true);
  if (!congress) return congress.error();
  out.congress = *congress;
  return {};
}

Status ParseBallotCandidates(const json& array, BallotCase& out) {
  if (!array.is_array()) return InvalidPathField("candidates", "must be a list");
  if (array.empty()) return InvalidPathField("candidates", "the list is empty");
  std::unordered_set<std::string> ids;
  for (size_t index = 0; index < array.size(); ++index) {
    const json& item = array[index];
    const std::string at = Index("candidates", index);
    if (!item.is_object()) return InvalidPathField(at, "must be an object {id, name, birth_date}");
    election::Candidate candidate;
    Result<std::string> id = Text(item, "id", at + ".id", true);
    if (!id) return id.error();
    candidate.id = *id;
    Result<std::string> name = Text(item, "name", at + ".name", true);
    if (!name) return name.error();
    candidate.name = *name;
    auto birth = item.find("birth_date");
    if (birth != item.end() && !birth->is_null()) {
      if (!birth->is_string()) return InvalidPathField(at + ".birth_date", "must be a date string");
      candidate.birth_date = Date::Parse(birth->get<std::string>());
      if (!candidate.birth_date) {
        return InvalidPathField(
            at + ".birth_date",
            "'" + birth->get<std::string>() + "' is not a date (YYYY-MM-DD or DD/MM/YYYY)");
      }
    }
    if (!ids.insert(candidate.id).second) {
      return InvalidPathField(at + ".id", "duplicate candidate id '" + candidate.id + "'");
    }
    out.candidates.push_back(std::move(candidate));
  }
  return {};
}

}  // namespace

Result<BallotCase> ParseBallotCase(const json& document) {
  if (!document.is_object()) return InvalidPathField("case", "must be a JSON object");
  BallotCase out;
  if (auto profile = document.find("profile"); profile != document.end() && !profile->is_null()) {
    if (!profile->is_string())
      return InvalidPathField("profile", "must be a string, got " + profile->dump());
    out.profile = profile->get<std::string>();
  }
  auto election = document.find("election");
  if (election == document.end()) return InvalidPathField("election", "missing");
  if (Status parsed = ParseBallotElection(*election, out); !parsed) return parsed.error();
  auto candidates = document.find("candidates");
  if (candidates == document.end()) return InvalidPathField("candidates", "missing");
  if (Status parsed = ParseBallotCandidates(*candidates, out); !parsed) return parsed.error();
  return out;
}

Result<BallotCase> ParseBallotCaseText(std::string_view text) {
  json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) return InvalidPathField("case", "not valid JSON");
  return ParseBallotCase(document);
}

}  // namespace daihoi::json
