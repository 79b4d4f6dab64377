#pragma once
// The elections of a congress, from the ballot list to the closed count (DESIGN.md, data flow of
// an election): the list is locked (R-SURPLUS checked, digest fixed, ballots printable with it),
// clerks enter every ballot independently (hash-chained, append-only), the round closes only when
// the entries agree ballot by ballot, the snapshot (convened count of the roll, list, entries) is
// frozen, and the engine counts it; a tie or unfilled seats open the next round.
// One file per use case: create_election.cpp, set_candidates.cpp, set_counting_committee.cpp,
// lock_list.cpp, show_election.cpp, enter_ballot.cpp, show_count.cpp, close_round.cpp,
// open_next_round.cpp, verify_chain.cpp, show_minutes.cpp.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/election_record.h"
#include "app/ports/election_store.h"
#include "app/ports/store.h"
#include "app/roll.h"
#include "common/result.h"
#include "election/counting.h"
#include "election/profile.h"
#include "election/types.h"
#include "org/organization.h"
#include "planning/congress.h"

namespace daihoi::app {

// Profiles are data (profiles/*.json) that the adapters load (json::LoadProfile).
using ProfileLoader = std::function<Result<election::Profile>(const std::string& id)>;

// What the counting use cases work with: the registry and roll (Store), the elections
// (ElectionStore; the same object in both storage engines) and the rule profiles.
struct CountingPorts {
  Store& store;
  ElectionStore& elections;
  ProfileLoader profiles;
};

struct ElectionSetup {
  election::ElectionKind kind = election::ElectionKind::kCommittee;
  int seats = 1;
  int alternates = 0;  // delegates elections only
  std::string title;   // required
  std::string profile = "party-2024";
  int required_clerks = 2;                      // 1–3
  std::vector<std::string> counting_committee;  // head first; may be set later
};

// A congress record must exist (kNotFound, field `term`). Errors name `seats`, `alternates`,
// `title`, `profile`, `required_clerks`.
Result<int64_t> CreateElection(const CountingPorts& ports, const Actor& actor,
                               const CongressRef& congress, const ElectionSetup& setup);

// Sets the counting committee (head first) until the first round closes (kConflict after).
Status SetCountingCommittee(const CountingPorts& ports, const Actor& actor, int64_t election_id,
                            const std::vector<std::string>& members);

// Replaces the list while it is not locked (kConflict once locked). Names are normalized
// (text::Normalize); ids unique (`candidates[i].id`), names required (`candidates[i].full_name`).
Status SetCandidates(const CountingPorts& ports, const Actor& actor, int64_t election_id,
                     const std::vector<CandidateRecord>& candidates);

// Checks the list (R-SURPLUS with the election's profile: kRuleViolation naming the rule),
// stores it in ballot order (R-ORDER), fixes its digest and opens round 1 with every candidate.
// kConflict when already locked.
Result<ElectionRecord> LockList(const CountingPorts& ports, const Actor& actor,
                                int64_t election_id);

struct ElectionView {
  ElectionRecord election;
  std::vector<CandidateRecord> candidates;  // ballot order once locked
  std::vector<RoundRecord> rounds;
};
Result<ElectionView> ShowElection(const CountingPorts& ports, const Actor& actor,
                                  int64_t election_id);
Result<std::vector<ElectionRecord>> ListElections(const CountingPorts& ports, const Actor& actor,
                                                  const CongressRef& congress);

// Appends one clerk's entry for one ballot of an open round (kConflict when closed; kInvalidInput
// naming `number`, `struck[i]`, `marks[i]` for indexes outside the round's list or a form the
// list does not use: struck with a surplus, marks without (R-BALLOT-FORM)). The entry's hash
// chains to the round's previous entry.
// `qr`: the payload the station scanned from the ballot's QR code, when it read one. Anything
// but this election's current BallotQrPayload (app/ballot.h) is refused (kInvalidInput, field
// `qr`): a ballot of another election, one printed from an older list, or an unreadable code.
Result<BallotEntryRecord> EnterBallot(const CountingPorts& ports, const Actor& actor,
                                      int64_t round_id, const std::string& clerk,
                                      const election::EnteredBallot& entry,
                                      const std::optional<std::string>& qr = std::nullopt);

// A round's count as it stands: the reconciliation of the clerks' logs, each clerk's entry
// count, and the tally of the agreed ballots so far (with the roll's current convened count, or
// the frozen one once closed).
struct CountView {
  ElectionRecord election;
  RoundRecord round;
  std::vector<CandidateRecord> candidates;  // this round's, ballot order
  std::vector<std::string> clerks;          // in order of their first entry
  std::vector<int64_t> entries_per_clerk;
  election::Reconciliation reconciliation;
  std::optional<election::RoundResult> result;  // nullopt when the convened count is unknown
  std::string chain_head;
  bool chain_ok = true;
};
Result<CountView> ShowCount(const CountingPorts& ports, const Actor& actor, int64_t round_id);
// The round's entries in the order entered; `clerk` (normalized) keeps one clerk's.
Result<std::vector<BallotEntryRecord>> ListBallotEntries(const CountingPorts& ports,
                                                         const Actor& actor, int64_t round_id,
                                                         const std::optional<std::string>& clerk);

// Closes the round when the reconciliation is closable (else kConflict naming the disagreeing
// ballot numbers): freezes the roll's convened count and exclusions (ShowRoll of the congress;
// kInvalidInput, field `convened`, when the roll is empty and `convened` is not given), `issued`,
// and the chain head; returns the final count.
struct CloseRequest {
  std::optional<int64_t> issued;
  // Only when the congress has no roll in the product (e.g. a count entered after the fact).
  std::optional<int64_t> convened;
  std::vector<election::Exclusion> exclusions;
};
Result<CountView> CloseRound(const CountingPorts& ports, const Actor& actor, int64_t round_id,
                             const CloseRequest& request);

// After a closed round whose result says so (NextStep): a re-vote among the tied (R-TIE) or a
// further round for the unfilled places (R-ROUNDS; `congress_decided` records the congress's
// vote when FurtherRoundNeedsCongressVote, kRuleViolation when missing). Returns the new round.
Result<RoundRecord> OpenNextRound(const CountingPorts& ports, const Actor& actor, int64_t round_id,
                                  bool congress_decided);

// What the minutes of a closed round print (report/minutes.h): kConflict while it is open.
struct MinutesData {
  CountView count;
  planning::Congress congress;
  org::Organization organization;  // holding the congress
  std::string superior;            // its parent's name; empty at the top
  std::vector<BallotEntryRecord> entries;
  // The congress's sessions and who attended each, from its roll where recorded (empty when
  // the roll has no sessions): the minutes give those present and absent at the vote.
  std::vector<election::Session> sessions;
  std::vector<election::SessionAttendance> attendance;
  // A list without surplus (R-BALLOT-FORM agree / disagree boxes): per candidate of the round,
  // the valid ballots marking "disagree" (the agree count is the votes). Empty for struck names.
  std::vector<int64_t> disagree;
};
Result<MinutesData> ShowMinutes(const CountingPorts& ports, const Actor& actor, int64_t round_id);

// Recomputes a round's chain; the first entry whose hash does not match, or nullopt.
struct ChainCheck {
  int64_t entries = 0;
  std::string head;
  std::optional<int64_t> first_bad_seq;
};
Result<ChainCheck> VerifyChain(const CountingPorts& ports, const Actor& actor, int64_t round_id);

// The hash of an entry given its predecessor's (SHA-256, lower-case hex). The genesis value of a
// round is EntryHash of nothing: the SHA-256 of "daihoi-round:" + round id.
std::string GenesisHash(int64_t round_id);
std::string EntryHash(const BallotEntryRecord& entry);
// The round id a round's chain carries (genesis value and each entry's hash): the venue's for a
// round imported from a bundle (app/bundle.h), its own otherwise.
int64_t ChainRoundId(const RoundRecord& round);

// The election id a stored election's list digest and ballot QR payload carry (app/ballot.h):
// "E" followed by the decimal id, "E42". LockList and every ballot printed for it use this.
std::string ElectionIdText(int64_t election_id);

}  // namespace daihoi::app
