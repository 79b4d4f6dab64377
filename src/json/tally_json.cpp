#include "json/tally_json.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "election/tally.h"
#include "json/fields.h"
#include "profiles/embedded_profiles.h"
#include "text/text.h"

namespace daihoi::json {
namespace {

using namespace detail;
using election::Fraction;
using election::Share;
using nlohmann::json;

// Counts above this are refused: they cannot be real and would overflow the integer shares.
constexpr int64_t kMaxCount = 1'000'000'000'000;

// The members of a tally case or a profile file, whose errors are worded in English.

// A whole number in [min, max]; `fallback` when the key is absent or null and not required.
Result<int64_t> CaseInt(const json& object, const std::string& key, const std::string& where,
                        bool required, int64_t min, int64_t max, int64_t fallback = 0) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    if (required) return InvalidPathField(where, "missing (a whole number)");
    return fallback;
  }
  if (!it->is_number_integer())
    return InvalidPathField(where, "must be a whole number, got " + it->dump());
  if (it->is_number_unsigned() && it->get<uint64_t>() > static_cast<uint64_t>(max)) {
    return InvalidPathField(where, "too large: " + it->dump());
  }
  const int64_t value = it->get<int64_t>();
  if (value < min) {
    return InvalidPathField(where, min == 0 ? "must not be negative, got " + std::to_string(value)
                                            : "must be at least " + std::to_string(min) + ", got " +
                                                  std::to_string(value));
  }
  if (value > max) return InvalidPathField(where, "too large: " + std::to_string(value));
  return value;
}

Result<std::string> CaseString(const json& object, const std::string& key,
                               const std::string& where) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return InvalidPathField(where, "missing (a string)");
  if (!it->is_string()) return InvalidPathField(where, "must be a string, got " + it->dump());
  return it->get<std::string>();
}

Result<bool> CaseBool(const json& object, const std::string& key, const std::string& where) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return false;
  if (!it->is_boolean()) return InvalidPathField(where, "must be true or false, got " + it->dump());
  return it->get<bool>();
}

// ---- Profiles ---------------------------------------------------------------------------

Result<Fraction> ParseFraction(const json& value, const std::string& where) {
  if (!value.is_string())
    return InvalidPathField(where, "a fraction is written \"2/3\", got " + value.dump());
  const std::string text = value.get<std::string>();
  const size_t slash = text.find('/');
  auto whole = [](const std::string& digits, int64_t& out) {
    if (digits.empty() || digits.size() > 9) return false;
    out = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return false;
      out = out * 10 + (c - '0');
    }
    return true;
  };
  Fraction fraction;
  if (slash == std::string::npos || !whole(text.substr(0, slash), fraction.numerator) ||
      !whole(text.substr(slash + 1), fraction.denominator) || fraction.denominator == 0) {
    return InvalidPathField(where, "a fraction is written \"2/3\", got \"" + text + "\"");
  }
  return fraction;
}

Result<Share> ParseShare(const json& value, const std::string& where) {
  if (!value.is_object() || value.size() != 1) {
    return InvalidPathField(where,
                            "a share is {\"more_than\": \"1/2\"} or {\"at_least\": \"2/3\"}");
  }
  Share share;
  if (value.contains("more_than")) {
    share.comparison = Share::Comparison::kMoreThan;
  } else if (value.contains("at_least")) {
    share.comparison = Share::Comparison::kAtLeast;
  } else {
    return InvalidPathField(where,
                            "a share is {\"more_than\": \"1/2\"} or {\"at_least\": \"2/3\"}");
  }
  Result<Fraction> fraction = ParseFraction(value.begin().value(), where);
  if (!fraction) return fraction.error();
  share.fraction = *fraction;
  return share;
}

Result<election::ShareBase> ParseBase(const json& value, const std::string& where) {
  if (value == "convened") return election::ShareBase::kConvened;
  if (value == "present") return election::ShareBase::kPresent;
  return InvalidPathField(where, "must be \"convened\" or \"present\", got " + value.dump());
}

Result<bool> ParseFlag(const json& value, const std::string& where) {
  if (!value.is_boolean())
    return InvalidPathField(where, "must be true or false, got " + value.dump());
  return value.get<bool>();
}

Result<int64_t> ParseWhole(const json& value, const std::string& where) {
  if (!value.is_number_integer() || value.get<int64_t>() < 0 || value.get<int64_t>() > kMaxSeats) {
    return InvalidPathField(where, "must be a whole number, got " + value.dump());
  }
  return value.get<int64_t>();
}

// Each parameter: the R-id it implements and how its value is read into the profile.
struct ParameterSpec {
  const char* rule;
  Status (*apply)(const json& value, const std::string& where, election::Profile& profile);
};

const std::map<std::string, ParameterSpec>& ParameterSpecs() {
  using election::Profile;
  static const std::map<std::string, ParameterSpec> specs = {
      {"surplus_committee_max",
       {"R-SURPLUS",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseFraction(v, w), p.surplus.committee_max);
          return {};
        }}},
      {"surplus_small_committee_seats",
       {"R-SURPLUS",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          if (!v.is_array() || v.size() != 2)
            return InvalidPathField(w, "must be [min, max] seats");
          int64_t low = 0, high = 0;
          DAIHOI_TRY(ParseWhole(v[0], w + "[0]"), low);
          DAIHOI_TRY(ParseWhole(v[1], w + "[1]"), high);
          if (low > high) return InvalidPathField(w, "min is above max");
          p.surplus.small_committee_min_seats = static_cast<int>(low);
          p.surplus.small_committee_max_seats = static_cast<int>(high);
          return {};
        }}},
      {"surplus_small_committee_max",
       {"R-SURPLUS",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          int64_t value = 0;
          DAIHOI_TRY(ParseWhole(v, w), value);
          p.surplus.small_committee_max_surplus = static_cast<int>(value);
          return {};
        }}},
      {"surplus_convening_list",
       {"R-SURPLUS",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          if (!v.is_array() || v.size() != 2)
            return InvalidPathField(w, "must be [\"min\", \"max\"]");
          DAIHOI_TRY(ParseFraction(v[0], w + "[0]"), p.surplus.convening_list_min);
          DAIHOI_TRY(ParseFraction(v[1], w + "[1]"), p.surplus.convening_list_max);
          return {};
        }}},
      {"surplus_delegates_max",
       {"R-SURPLUS",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseFraction(v, w), p.surplus.delegates_max);
          return {};
        }}},
      {"floor_gate_method",
       {"R-FLOOR-GATE",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          if (v == "secret_poll") {
            p.floor_gate_method = election::FloorGateMethod::kSecretPoll;
          } else if (v == "show_of_hands") {
            p.floor_gate_method = election::FloorGateMethod::kShowOfHands;
          } else {
            return InvalidPathField(w, "must be \"secret_poll\" or \"show_of_hands\"");
          }
          return {};
        }}},
      {"floor_gate_share",
       {"R-FLOOR-GATE",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseShare(v, w), p.floor_gate_share);
          return {};
        }}},
      {"write_in_invalid",
       {"R-VALID",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseFlag(v, w), p.write_in_invalid);
          return {};
        }}},
      {"marked_invalid",
       {"R-VALID",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseFlag(v, w), p.marked_invalid);
          return {};
        }}},
      {"ambiguous_single_invalid",
       {"R-VALID",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseFlag(v, w), p.ambiguous_single_invalid);
          return {};
        }}},
      {"delegates_ballot_includes_alternates",
       {"R-DELEGATES",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseFlag(v, w), p.delegates_ballot_includes_alternates);
          return {};
        }}},
      {"ballot_order",
       {"R-ORDER",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          if (!v.is_array() || v.empty()) return InvalidPathField(w, "must be a list of keys");
          p.ballot_order.clear();
          for (size_t i = 0; i < v.size(); ++i) {
            if (v[i] == "name") {
              p.ballot_order.push_back(election::OrderKey::kName);
            } else if (v[i] == "birth_date") {
              p.ballot_order.push_back(election::OrderKey::kBirthDate);
            } else if (v[i] == "id") {
              p.ballot_order.push_back(election::OrderKey::kId);
            } else {
              return InvalidPathField(Index(w, i), "must be \"name\", \"birth_date\" or \"id\"");
            }
          }
          return {};
        }}},
      {"tie_handling",
       {"R-TIE",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          if (v != "revote_tied") {
            return InvalidPathField(
                w, "must be \"revote_tied\": a tie is never decided by age (R-TIE)");
          }
          p.tie_handling = election::TieHandling::kRevoteTied;
          return {};
        }}},
      {"quorum",
       {"R-QUORUM",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseShare(v, w), p.quorum);
          return {};
        }}},
      {"confidence_quorum",
       {"R-CONFIDENCE",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseShare(v, w), p.confidence_quorum);
          return {};
        }}},
      {"confidence_low_consider",
       {"R-CONFIDENCE",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseShare(v, w), p.confidence_low_consider);
          return {};
        }}},
      {"confidence_low_remove",
       {"R-CONFIDENCE",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseShare(v, w), p.confidence_low_remove);
          return {};
        }}},
      {"confidence_base",
       {"R-CONFIDENCE",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseBase(v, w), p.confidence_base);
          return {};
        }}},
      {"show_of_hands",
       {"R-SHOW-OF-HANDS",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseShare(v, w), p.show_of_hands);
          return {};
        }}},
      {"show_of_hands_base",
       {"R-SHOW-OF-HANDS",
        [](const json& v, const std::string& w, Profile& p) -> Status {
          DAIHOI_TRY(ParseBase(v, w), p.show_of_hands_base);
          return {};
        }}},
  };
  return specs;
}

bool ValidProfileId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  }
  return true;
}

std::optional<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// ---- Case ---------------------------------------------------------------------------------

Result<election::Election> ParseElection(const json& object) {
  const std::string where = "election";
  if (!object.is_object()) return InvalidPathField(where, "must be an object");
  election::Election election;
  Result<std::string> kind = CaseString(object, "kind", "election.kind");
  if (!kind) return kind.error();
  std::optional<election::ElectionKind> parsed_kind = election::ParseElectionKind(*kind);
  if (!parsed_kind) {
    return InvalidPathField(
        "election.kind",
        "unknown kind '" + *kind +
            "' (committee, standing_committee, secretary, deputy_secretary, inspection, "
            "inspection_chair, delegates)");
  }
  election.kind = *parsed_kind;
  int64_t value = 0;
  DAIHOI_TRY(CaseInt(object, "seats", "election.seats", true, 1, kMaxSeats), value);
  election.seats = static_cast<int>(value);
  DAIHOI_TRY(CaseInt(object, "alternates", "election.alternates", false, 0, kMaxSeats), value);
  election.alternates = static_cast<int>(value);
  Result<std::string> congress_kind = CaseString(object, "congress_kind", "election.congress_kind");
  if (!congress_kind) return congress_kind.error();
  std::optional<election::CongressKind> parsed_congress =
      election::ParseCongressKind(*congress_kind);
  if (!parsed_congress) {
    return InvalidPathField("election.congress_kind", "unknown congress kind '" + *congress_kind +
                                                          "' (members or delegates)");
  }
  election.congress_kind = *parsed_congress;
  DAIHOI_TRY(CaseInt(object, "convened", "election.convened", true, 0, kMaxCount),
             election.convened);

  auto exclusions = object.find("exclusions");
  if (exclusions != object.end() && !exclusions->is_null()) {
    if (!exclusions->is_array()) return InvalidPathField("election.exclusions", "must be a list");
    for (size_t index = 0; index < exclusions->size(); ++index) {
      const json& item = (*exclusions)[index];
      const std::string at = Index("election.exclusions", index);
      if (!item.is_object()) return InvalidPathField(at, "must be an object {reason, count}");
      Result<std::string> reason = CaseString(item, "reason", at + ".reason");
      if (!reason) return reason.error();
      std::optional<election::ExclusionReason> parsed = election::ParseExclusionReason(*reason);
      if (!parsed) {
        return InvalidPathField(
            at + ".reason", "unknown exclusion reason '" + *reason +
                                "' (members' congress: temporary_transfer_absent, exempt_absent, "
                                "suspended, prosecuted, absent_with_reason; delegates' congress: "
                                "absent_committee_member, absent_delegate_unreplaced)");
      }
      election::Exclusion exclusion;
      exclusion.reason = *parsed;
      DAIHOI_TRY(CaseInt(item, "count", at + ".count", true, 0, kMaxCount), exclusion.count);
      election.exclusions.push_back(exclusion);
    }
  }
  return election;
}

Result<std::vector<election::Candidate>> ParseCandidates(
    const json& array, std::unordered_map<std::string, int>& index_of) {
  if (!array.is_array()) return InvalidPathField("candidates", "must be a list");
  if (array.empty()) return InvalidPathField("candidates", "the list is empty");
  std::vector<election::Candidate> candidates;
  candidates.reserve(array.size());
  for (size_t index = 0; index < array.size(); ++index) {
    const json& item = array[index];
    const std::string at = Index("candidates", index);
    if (!item.is_object()) return InvalidPathField(at, "must be an object {id, name, birth_date}");
    election::Candidate candidate;
    Result<std::string> id = CaseString(item, "id", at + ".id");
    if (!id) return id.error();
    if (id->empty()) return InvalidPathField(at + ".id", "empty id");
    Result<std::string> name = CaseString(item, "name", at + ".name");
    if (!name) return name.error();
    candidate.id = *id;
    candidate.name = text::Normalize(*name);
    if (candidate.name.empty()) return InvalidPathField(at + ".name", "empty name");
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
    if (!index_of.emplace(candidate.id, static_cast<int>(index)).second) {
      return InvalidPathField(at + ".id", "duplicate candidate id '" + candidate.id + "'");
    }
    candidates.push_back(std::move(candidate));
  }
  return candidates;
}

Result<election::Ballot> ParseBallot(const json& item, const std::string& at,
                                     const std::unordered_map<std::string, int>& index_of,
                                     std::vector<size_t>& seen, size_t stamp) {
  if (!item.is_object()) return InvalidPathField(at, "must be an object with struck or marks");
  election::Ballot ballot;
  auto struck = item.find("struck");
  auto marks = item.find("marks");
  const bool has_struck = struck != item.end() && !struck->is_null();
  const bool has_marks = marks != item.end() && !marks->is_null();
  if (has_struck && has_marks)
    return InvalidPathField(at, "a ballot has either struck or marks, not both");
  if (!has_struck && !has_marks) return InvalidPathField(at, "a ballot needs struck or marks");
  auto lookup = [&](const std::string& id, const std::string& place) -> Result<int> {
    auto found = index_of.find(id);
    if (found == index_of.end()) return InvalidPathField(place, "unknown candidate '" + id + "'");
    size_t& last = seen[static_cast<size_t>(found->second)];
    if (last == stamp)
      return InvalidPathField(place, "candidate '" + id + "' appears twice on one ballot");
    last = stamp;
    return found->second;
  };
  if (has_struck) {
    ballot.form = election::Ballot::Form::kStruck;
    if (!struck->is_array())
      return InvalidPathField(at + ".struck", "must be a list of candidate ids");
    ballot.struck.reserve(struck->size());
    for (size_t position = 0; position < struck->size(); ++position) {
      const json& id = (*struck)[position];
      const std::string place = Index(at + ".struck", position);
      if (!id.is_string())
        return InvalidPathField(place, "must be a candidate id, got " + id.dump());
      Result<int> candidate = lookup(id.get_ref<const std::string&>(), place);
      if (!candidate) return candidate.error();
      ballot.struck.push_back(*candidate);
    }
  } else {
    ballot.form = election::Ballot::Form::kMarks;
    if (!marks->is_object()) {
      return InvalidPathField(at + ".marks",
                              "must be an object {candidate id: agree|disagree|both|none}");
    }
    for (auto it = marks->begin(); it != marks->end(); ++it) {
      const std::string place = at + ".marks." + it.key();
      Result<int> candidate = lookup(it.key(), place);
      if (!candidate) return candidate.error();
      std::optional<election::Mark> mark;
      if (it.value().is_string()) mark = election::ParseMark(it.value().get<std::string>());
      if (!mark) {
        return InvalidPathField(
            place, it.value().dump() + " is not \"agree\", \"disagree\", \"both\" or \"none\"");
      }
      ballot.marks.push_back({*candidate, *mark});
    }
  }
  auto write_in = item.find("write_in");
  if (write_in != item.end() && !write_in->is_null()) {
    if (!write_in->is_array()) return InvalidPathField(at + ".write_in", "must be a list of names");
    for (size_t position = 0; position < write_in->size(); ++position) {
      const json& name = (*write_in)[position];
      if (!name.is_string()) {
        return InvalidPathField(Index(at + ".write_in", position),
                                "must be a name, got " + name.dump());
      }
      std::string normalized = text::Normalize(name.get<std::string>());
      if (!normalized.empty()) ballot.write_in.push_back(std::move(normalized));
    }
  }
  DAIHOI_TRY(CaseBool(item, "unofficial", at + ".unofficial"), ballot.unofficial);
  DAIHOI_TRY(CaseBool(item, "marked", at + ".marked"), ballot.marked);
  return ballot;
}

}  // namespace

Result<election::Profile> ParseProfile(std::string_view text, const std::string& source) {
  json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  auto bad = [&](const std::string& where, const std::string& what) {
    Error error = InvalidPathField(where, what);
    error.file = source;
    return error;
  };
  if (document.is_discarded()) return bad("profile", "not valid JSON");
  if (!document.is_object()) return bad("profile", "must be a JSON object");
  election::Profile profile;
  Result<std::string> id = CaseString(document, "id", "id");
  if (!id) return bad("id", id.error().message);
  profile.id = *id;
  if (auto regulation = document.find("regulation");
      regulation != document.end() && regulation->is_string()) {
    profile.regulation = regulation->get<std::string>();
  }
  auto parameters = document.find("parameters");
  if (parameters == document.end() || !parameters->is_object()) {
    return bad("parameters", "missing (an object of named parameters)");
  }
  const auto& specs = ParameterSpecs();
  for (auto it = parameters->begin(); it != parameters->end(); ++it) {
    const std::string where = "parameters." + it.key();
    auto spec = specs.find(it.key());
    if (spec == specs.end()) return bad(where, "unknown parameter");
    const json& entry = it.value();
    if (!entry.is_object() || !entry.contains("value")) {
      return bad(where, "must be {\"rule\": \"R-...\", \"value\": ...}");
    }
    // The R-id beside each value must be the rule the engine implements with it.
    if (entry.value("rule", "") != spec->second.rule) {
      return bad(where + ".rule", std::string("must be \"") + spec->second.rule + "\"");
    }
    Status applied = spec->second.apply(entry.at("value"), where + ".value", profile);
    if (!applied) {
      Error error = applied.error();
      error.file = source;
      return error;
    }
  }
  for (const auto& [name, spec] : specs) {
    if (!parameters->contains(name)) {
      return bad("parameters." + name, std::string("missing (") + spec.rule + ")");
    }
  }
  return profile;
}

std::string KnownProfiles() {
  std::string names;
  for (const auto& embedded : profiles::EmbeddedProfiles()) {
    if (!names.empty()) names += ", ";
    names += embedded.id;
  }
  return names;
}

Result<election::Profile> LoadProfileOnce(const std::string& id) {
  static std::mutex mutex;
  static std::map<std::string, election::Profile> loaded;
  std::lock_guard lock(mutex);
  if (auto it = loaded.find(id); it != loaded.end()) return it->second;
  Result<election::Profile> profile = LoadProfile(id);
  if (profile) loaded.emplace(id, *profile);
  return profile;
}

Result<election::Profile> LoadProfile(const std::string& id) {
  if (!ValidProfileId(id)) {
    return InvalidPathField("profile",
                            "unknown profile '" + id + "' (known: " + KnownProfiles() + ")");
  }
  std::vector<std::filesystem::path> directories;
  if (const char* env = std::getenv("DAIHOI_PROFILES"); env && *env) directories.emplace_back(env);
  directories.emplace_back("profiles");
#ifdef DAIHOI_SOURCE_DIR
  directories.emplace_back(std::filesystem::path(DAIHOI_SOURCE_DIR) / "profiles");
#endif
  for (const auto& directory : directories) {
    const std::filesystem::path file = directory / (id + ".json");
    std::error_code ignored;
    if (!std::filesystem::is_regular_file(file, ignored)) continue;
    std::optional<std::string> text = ReadFile(file);
    if (!text) continue;
    Result<election::Profile> profile = ParseProfile(*text, file.string());
    if (profile && profile->id != id) {
      Error error = InvalidPathField("id", "the file says '" + profile->id + "'");
      error.file = file.string();
      return error;
    }
    return profile;
  }
  for (const auto& embedded : profiles::EmbeddedProfiles()) {
    if (embedded.id == id) return ParseProfile(embedded.text, "embedded " + id + ".json");
  }
  return InvalidPathField("profile",
                          "unknown profile '" + id + "' (known: " + KnownProfiles() + ")");
}

Result<TallyCase> ParseTallyCase(const json& document) {
  if (!document.is_object()) return InvalidPathField("case", "must be a JSON object");
  TallyCase tally_case;
  if (auto profile = document.find("profile"); profile != document.end() && !profile->is_null()) {
    if (!profile->is_string())
      return InvalidPathField("profile", "must be a string, got " + profile->dump());
    tally_case.profile = profile->get<std::string>();
  }
  auto election = document.find("election");
  if (election == document.end()) return InvalidPathField("election", "missing");
  Result<election::Election> parsed_election = ParseElection(*election);
  if (!parsed_election) return parsed_election.error();
  tally_case.input.election = std::move(*parsed_election);

  auto candidates = document.find("candidates");
  if (candidates == document.end()) return InvalidPathField("candidates", "missing");
  std::unordered_map<std::string, int> index_of;
  Result<std::vector<election::Candidate>> parsed_candidates =
      ParseCandidates(*candidates, index_of);
  if (!parsed_candidates) return parsed_candidates.error();
  tally_case.input.candidates = std::move(*parsed_candidates);

  if (auto issued = document.find("issued"); issued != document.end() && !issued->is_null()) {
    int64_t value = 0;
    DAIHOI_TRY(CaseInt(document, "issued", "issued", true, 0, kMaxCount), value);
    tally_case.input.issued = value;
  }

  auto ballots = document.find("ballots");
  if (ballots == document.end()) return InvalidPathField("ballots", "missing");
  if (!ballots->is_array()) return InvalidPathField("ballots", "must be a list");
  std::vector<size_t> seen(tally_case.input.candidates.size(), 0);
  tally_case.input.ballots.reserve(ballots->size());
  for (size_t index = 0; index < ballots->size(); ++index) {
    Result<election::Ballot> ballot =
        ParseBallot((*ballots)[index], Index("ballots", index), index_of, seen, index + 1);
    if (!ballot) return ballot.error();
    tally_case.input.ballots.push_back(std::move(*ballot));
  }
  return tally_case;
}

nlohmann::ordered_json TallyResultToJson(const TallyCase& tally_case,
                                         const election::RoundResult& result) {
  using ordered = nlohmann::ordered_json;
  const auto& candidates = tally_case.input.candidates;
  auto id_of = [&](int index) { return candidates[static_cast<size_t>(index)].id; };
  auto ids = [&](const std::vector<int>& indexes) {
    ordered array = ordered::array();
    for (int index : indexes) array.push_back(id_of(index));
    return array;
  };

  ordered ballots = ordered::object();
  if (result.ballots.issued) ballots["issued"] = *result.ballots.issued;
  ballots["received"] = result.ballots.received;
  ballots["valid"] = result.ballots.valid;
  ballots["invalid"] = result.ballots.invalid;
  ordered by_reason = ordered::object();
  for (int reason = 0; reason < election::kInvalidReasonCount; ++reason) {
    const int64_t count = result.ballots.invalid_by_reason[static_cast<size_t>(reason)];
    if (count > 0) by_reason[ToString(static_cast<election::InvalidReason>(reason))] = count;
  }
  ballots["invalid_by_reason"] = std::move(by_reason);

  ordered candidate_array = ordered::array();
  for (const election::CandidateResult& candidate : result.candidates) {
    const election::Candidate& input = candidates[static_cast<size_t>(candidate.candidate)];
    ordered item = ordered::object();
    item["id"] = input.id;
    item["name"] = input.name;
    item["votes"] = candidate.votes;
    item["percent_of_valid"] = TwoDecimals(candidate.percent_of_valid);
    item["percent_of_denominator"] = TwoDecimals(candidate.percent_of_denominator);
    item["status"] = ToString(candidate.status);
    candidate_array.push_back(std::move(item));
  }

  ordered out = ordered::object();
  out["profile"] = tally_case.profile;
  out["ballots"] = std::move(ballots);
  out["threshold"] = {{"convened", result.threshold.convened},
                      {"excluded", result.threshold.excluded},
                      {"denominator", result.threshold.denominator},
                      {"votes_needed", result.threshold.votes_needed}};
  out["candidates"] = std::move(candidate_array);
  out["elected"] = ids(result.elected);
  out["alternates"] = ids(result.alternates);
  out["unfilled_seats"] = result.unfilled_seats;
  out["unfilled_alternates"] = result.unfilled_alternates;
  out["tied"] = ids(result.tied);
  out["next"] = ToString(result.next);
  return out;
}

Result<nlohmann::ordered_json> TallyCaseText(std::string_view text) {
  json document;
  try {
    document = json::parse(text);
  } catch (const json::parse_error& e) {
    // nlohmann reports the byte offset; the message names line and column as well.
    return InvalidInput(std::string("not valid JSON: ") + e.what());
  }
  Result<TallyCase> tally_case = ParseTallyCase(document);
  if (!tally_case) return tally_case.error();
  Result<election::Profile> profile = LoadProfile(tally_case->profile);
  if (!profile) return profile.error();
  Result<election::RoundResult> result = election::TallyRound(tally_case->input, *profile);
  if (!result) return result.error();
  return TallyResultToJson(*tally_case, *result);
}

}  // namespace daihoi::json
