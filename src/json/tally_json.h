#pragma once
// JSON ↔ election values for `daihoi tally` (CONTRACTS.md "Election case") and the rule
// profiles (profiles/README.md). The election module never sees JSON; this file is the mapping.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "common/result.h"
#include "election/profile.h"
#include "election/types.h"

namespace daihoi::json {

// A rule profile file's text → Profile. Every parameter is required, carries the R-id it
// implements ("rule"), and unknown parameters are refused, so a file cannot silently drift
// from the engine. `source` names the file in messages.
Result<election::Profile> ParseProfile(std::string_view text, const std::string& source);

// The profile `id` ("party-2024"): from $DAIHOI_PROFILES, else ./profiles, else the source tree
// (DAIHOI_SOURCE_DIR), else the copy embedded in the binary. kInvalidInput for an unknown id.
Result<election::Profile> LoadProfile(const std::string& id);
// LoadProfile, each profile read once per process: the server needs the election's profile on
// every ballot entry. A profile that failed to load is tried again next time.
Result<election::Profile> LoadProfileOnce(const std::string& id);

// The ids of every profile the binary knows (embedded copies), for messages.
std::string KnownProfiles();

struct TallyCase {
  std::string profile = "party-2024";  // optional in the case; the current regulation
  election::RoundInput input;
};

// Maps a parsed case to values; kInvalidInput naming the JSON path (`ballots[12].struck[1]:
// unknown candidate 'c9'`). Names are normalized (text::Normalize).
Result<TallyCase> ParseTallyCase(const nlohmann::json& json);

// The result document, keys in the order of CONTRACTS.md.
nlohmann::ordered_json TallyResultToJson(const TallyCase& tally_case,
                                         const election::RoundResult& result);

// The whole of `daihoi tally` but the I/O: case text → result document. kInvalidInput for bad
// JSON or a malformed case, kRuleViolation for a list that breaks the profile.
Result<nlohmann::ordered_json> TallyCaseText(std::string_view text);

}  // namespace daihoi::json
