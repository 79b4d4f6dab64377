#pragma once
// JSON ↔ the elections of a congress and the count of their rounds (app/counting.h), for the API
// (docs/api.md, "Elections and counting") and `daihoi election|count … --json`: the election and
// count views, ballot entries and the chain check, and the bodies of the writes. The count
// view's "result" is the `daihoi tally` document (tally_json.h).

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/counting.h"
#include "common/result.h"
#include "election/profile.h"

namespace daihoi::json {

// {"id", "number", "kind", "seats", "alternates", "candidates": [positions, 1-based, in the
// election's list], "closed", "closed_at", "chain_head"}.
nlohmann::ordered_json RoundToJson(const app::RoundRecord& round);

// The election view: the record, "surplus" (R-SURPLUS figures of the list as it stands),
// "candidates" with their 1-based position (ballot order once locked), "rounds", and
// "qr_payload" once locked (null before, as "list_digest" and "locked_at").
nlohmann::ordered_json ElectionViewToJson(const app::ElectionView& view,
                                          const std::string& org_name);

// One ballot as entered: {"struck": [indexes]} or {"marks": {"index": "agree"|…}}, with
// "write_in", "unofficial" and "marked" only when present.
nlohmann::ordered_json BallotToJson(const election::Ballot& ballot);

// R-BALLOT-FORM of the round's ballot: true when its list has a surplus (names are struck),
// false for agree / disagree marks.
bool StruckForm(const app::CountView& view, const election::Profile& profile);

// {"election", "round", "form", "candidates", "clerks", "reconciliation", "result" (the tally
// document, null while the convened count is unknown), "chain"}.
nlohmann::ordered_json CountViewToJson(const app::CountView& view, bool struck_form);

// {"seq", "clerk", "number", "payload", "entered_at", "prev_hash", "hash"}.
nlohmann::ordered_json EntryToJson(const app::BallotEntryRecord& entry);

// {"entries", "head", "ok", "first_bad_seq"}.
nlohmann::ordered_json ChainCheckToJson(const app::ChainCheck& check);

// The bodies of the writes. kInvalidInput naming the field; `body` when it is not an object.
// {"kind", "seats", "alternates", "title", "profile", "required_clerks", "counting_committee"}
Result<app::ElectionSetup> ElectionSetupFromJson(const nlohmann::json& body);
// {"candidates": [{"id", "full_name", "birth_date", "member_id", "gender"}]}; errors name
// `candidates[2].birth_date`.
Result<std::vector<app::CandidateRecord>> CandidatesFromJson(const nlohmann::json& body);
// {"members": ["…", …]}, head first.
Result<std::vector<std::string>> CommitteeFromJson(const nlohmann::json& body);

// {"clerk", "number", "struck": [i…] | "marks": {"i": "agree"|"disagree"|"both"|"none"},
//  "write_in": ["…"], "unofficial", "marked", "retracted", "qr"}: indexes are 0-based positions
// in the round's list; "qr" is the payload scanned from the ballot (absent or null: none).
// Errors name `clerk`, `number`, `struck[1]`, `marks.3`, `write_in[0]`, `qr`, ….
struct EntryRequest {
  std::string clerk;
  election::EnteredBallot entry;
  std::optional<std::string> qr;
};
Result<EntryRequest> EntryFromJson(const nlohmann::json& body);
// A use case's error about an entry parsed by EntryFromJson, named as the body names it: the
// marks are listed by candidate index, so `marks[1]` (the second mark) becomes `marks.<index>`.
Error EntryBodyError(Error error, const election::EnteredBallot& entry);

// {"issued": n | null, "convened": n | null, "exclusions": [{"reason", "count"}]}.
Result<app::CloseRequest> CloseRequestFromJson(const nlohmann::json& body);
// {"congress_decided": bool} (R-ROUNDS); an empty body is false.
Result<bool> CongressDecidedFromJson(const nlohmann::json& body);

}  // namespace daihoi::json
