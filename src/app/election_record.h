#pragma once
// What the store keeps of a congress's elections (app/counting.h): the election, its ballot list,
// its rounds and the append-only, hash-chained ballot entries of each round.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "election/types.h"

namespace daihoi::app {

struct ElectionRecord {
  int64_t id = 0;        // given by the store
  std::string org_code;  // the congress: organization and term
  std::string term;
  election::ElectionKind kind = election::ElectionKind::kCommittee;
  int seats = 1;
  int alternates = 0;
  std::string title;        // "Bầu Ban Chấp hành Đảng bộ quận khóa XXVI"
  std::string profile;      // rule profile id: "party-2024"
  int required_clerks = 2;  // independent entries each ballot needs (2: double, 3: triple)
  // The counting committee (ban kiểm phiếu) the congress elected: the head first. Signs the
  // minutes.
  std::vector<std::string> counting_committee;
  std::string list_digest;  // empty until the list is locked; then app::BallotListDigest
  std::string locked_at;    // UTC, set when the list is locked
  std::string created_at;   // UTC, set by the store
  // An election counted at a venue and imported from its signed bundle (app/bundle.h): the
  // fingerprint of the venue's key and the election's id there. Empty and 0 for an election
  // created here. An imported election is read-only: it changes only by a later bundle.
  std::string venue_key;
  int64_t venue_election_id = 0;
};

struct CandidateRecord {
  std::string id;  // unique in the election: "c1", or the member id
  std::string full_name;
  std::optional<Date> birth_date;
  std::string member_id;
  std::string gender;
};

enum class RoundKind { kFirst, kRevoteTied, kFurtherRound };
const char* ToString(RoundKind kind);  // "first", "revote_tied", "further_round"
std::optional<RoundKind> ParseRoundKind(std::string_view text);

struct RoundRecord {
  int64_t id = 0;  // given by the store
  int64_t election_id = 0;
  int number = 1;  // 1, 2, … within the election
  RoundKind kind = RoundKind::kFirst;
  // Positions in the election's candidate list (its stored order) standing in this round.
  std::vector<int> candidates;
  int seats = 1;
  int alternates = 0;
  // Set when the round is closed: the frozen snapshot (R-THRESHOLD base) and the chain head.
  bool closed = false;
  std::string closed_at;
  int64_t convened = 0;
  std::vector<election::Exclusion> exclusions;
  std::optional<int64_t> issued;  // ballots handed out, as the committee counted them
  std::string chain_head;         // hash of the last entry when closed
  // The round's id at the venue for a round imported from a bundle, 0 for a round created here.
  // Its entries' hashes carry that id (app/counting.h ChainRoundId).
  int64_t venue_round_id = 0;
};

// One appended entry. The hash covers the previous entry's hash (or the round's genesis value):
// hash = SHA-256 of the canonical text of (previous hash, round id, seq, clerk, number,
// payload, entered_at) — app/counting.h EntryHash.
struct BallotEntryRecord {
  int64_t round_id = 0;
  int64_t seq = 0;  // 1, 2, … in append order within the round, across clerks
  std::string clerk;
  int64_t number = 0;
  std::string payload;     // election::EncodeEntry
  std::string entered_at;  // UTC with milliseconds, set by the store
  std::string prev_hash;
  std::string hash;
};

}  // namespace daihoi::app
