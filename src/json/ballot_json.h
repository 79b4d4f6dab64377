#pragma once
// JSON → the values of `daihoi ballot print CASE.json` (docs/ballots.md):
//   {"profile": "party-2024",                      optional, as in the tally case
//    "election": {"id", "kind", "seats", "alternates", "title", "superior", "congress"},
//    "candidates": [{"id", "name", "birth_date"}]}
// The election module never sees JSON; this file is the mapping.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "election/types.h"

namespace daihoi::json {

struct BallotCase {
  std::string profile = "party-2024";
  std::string election_id;      // election.id; bound into the QR payload
  election::Election election;  // kind, seats, alternates
  std::string title;  // the body and term: "Ban Chấp hành Đảng bộ quận khóa XXVI, …"
  std::string superior;  // "ĐẢNG BỘ QUẬN BA ĐÌNH"; may be empty
  std::string congress;  // "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN LẦN THỨ XXVI"
  std::vector<election::Candidate> candidates;  // as given; PrepareBallot orders them
};

// kInvalidInput naming the JSON path (field and the message's start: "election.seats: …").
// Names and text are normalized to NFC; candidate ids are unique; birth_date is optional
// (YYYY-MM-DD or DD/MM/YYYY).
Result<BallotCase> ParseBallotCase(const nlohmann::json& document);
Result<BallotCase> ParseBallotCaseText(std::string_view text);

}  // namespace daihoi::json
