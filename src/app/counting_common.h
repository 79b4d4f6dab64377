#pragma once
// What the counting use cases (app/counting.h) share: records looked up with their errors, a
// round's entries read back with the hash chain checked, the convened count a round is counted
// against, and the count itself.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/counting.h"

namespace daihoi::app::counting_detail {

Error Conflict(std::string message, std::string field = {});

// kNotFound (field `election_id` / `round_id`) when the store has no such record.
Result<ElectionRecord> FindElection(ElectionStore& elections, int64_t election_id);
Result<RoundRecord> FindRound(ElectionStore& elections, int64_t round_id);
// The election's rule profile; a profile that does not load names the field `profile`.
Result<election::Profile> LoadProfile(const CountingPorts& ports, const std::string& id);

bool Locked(const ElectionRecord& election);
// kConflict for an election imported from a venue's bundle (app/bundle.h): it is counted at the
// venue and changes here only by a later bundle.
Status RefuseImported(const ElectionRecord& election);

// The counting committee (ban kiểm phiếu), head first: names normalized, none empty or twice
// (kInvalidInput naming `<field>[i]`).
Result<std::vector<std::string>> CommitteeNames(const std::vector<std::string>& members,
                                                const std::string& field);
CongressRef CongressOf(const ElectionRecord& election);
election::Candidate ToCandidate(const CandidateRecord& candidate);

// The election values a round is counted under: the election's kind, the round's places. A round
// for alternate places only (R-DELEGATES: the alternates a vote left unfilled) has no seats; it
// is counted as a vote for that many places, which CountRound then calls alternates.
election::Election RoundElection(const ElectionRecord& election, const RoundRecord& round);

// The round's candidates (positions in the election's list), in the round's order. kStorage when
// a position is outside the list.
Result<std::vector<CandidateRecord>> RoundCandidates(const std::vector<CandidateRecord>& list,
                                                     const RoundRecord& round);

// A round's entries as stored, read once: the chain recomputed from the genesis value and, when
// asked, each payload decoded into the clerks' logs.
struct RoundEntries {
  int64_t entries = 0;
  std::string head;  // the last entry's stored hash; empty when there is none
  // The first entry whose hash or prev_hash does not match the recomputation (or whose seq is
  // not the next); for a closed round, the entry after its frozen chain head when entries were
  // lost or added after it.
  std::optional<int64_t> first_bad_seq;
  std::vector<election::ClerkLog> logs;  // in order of each clerk's first entry
  std::vector<int64_t> entries_per_clerk;
};
// `candidates`: the round's list size when payloads are to be decoded, nullopt to check the
// chain only. A payload that does not decode is kStorage naming its seq.
Result<RoundEntries> ReadEntries(ElectionStore& elections, const RoundRecord& round,
                                 std::optional<int> candidates);

// The R-THRESHOLD base a round is counted against.
struct ConvenedCount {
  election::CongressKind congress_kind = election::CongressKind::kDelegates;
  int64_t convened = 0;
  std::vector<election::Exclusion> exclusions;
};
// The roll's count as of the opening (ShowRoll); nullopt when the roll gives none: the congress
// has no opening date, or nobody is on its roll.
Result<std::optional<ConvenedCount>> CountFromRoll(Store& store, const Actor& actor,
                                                   const CongressRef& congress);
// The congress's kind (the exclusions a count may use); kNotFound when the record is gone.
Result<election::CongressKind> CongressKindOf(Store& store, const CongressRef& congress);

// An election with its list and rule profile, loaded once for the rounds counted.
struct ElectionContext {
  ElectionRecord election;
  std::vector<CandidateRecord> list;  // stored order (ballot order once locked)
  election::Profile profile;
};
Result<ElectionContext> LoadElection(const CountingPorts& ports, int64_t election_id);

// The count of `round` as its entries stand: reconciliation, chain check and, when `base` is
// given, the tally of the agreed ballots (R-THRESHOLD from `base`, `round.issued`).
Result<CountView> CountRound(const CountingPorts& ports, const ElectionContext& context,
                             const RoundRecord& round, const std::optional<ConvenedCount>& base);

// The base a round is counted against: frozen at close, else the roll's current count.
Result<std::optional<ConvenedCount>> BaseOf(const CountingPorts& ports, const Actor& actor,
                                            const ElectionRecord& election,
                                            const RoundRecord& round);

}  // namespace daihoi::app::counting_detail
