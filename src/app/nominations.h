#pragma once
// Nominations to an election and the final list (đề cử, ứng cử; RULES.md R-VOTERS, R-INCUMBENT,
// R-FLOOR-GATE, R-WITHDRAW, R-SHOW-OF-HANDS, R-SURPLUS, R-STRUCTURE): a person is nominated from
// the member registry (the convening committee's list, the floor, self-nomination); a floor or
// self nominee enters the list through the floor gate; a withdrawal request is decided by a
// recorded vote; the final list (admitted, not withdrawn) becomes the election's candidates
// (app/counting.h SetCandidates), to be locked, printed and counted from there.
// One file per use case: nominate.cpp, record_nomination_poll.cpp, request_withdrawal.cpp,
// record_withdrawal_vote.cpp, set_structure_targets.cpp, show_nominations.cpp,
// finalize_list.cpp. Nothing changes once the election's list is locked (kConflict).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/counting.h"
#include "app/ports/election_store.h"
#include "app/ports/nomination_store.h"
#include "app/ports/store.h"
#include "common/date.h"
#include "common/result.h"
#include "election/nomination.h"
#include "election/profile.h"

namespace daihoi::app {

struct NominationPorts {
  Store& store;
  ElectionStore& elections;
  NominationStore& nominations;
  ProfileLoader profiles;

  CountingPorts Counting() const { return CountingPorts{store, elections, profiles}; }
};

struct NominateRequest {
  std::string member_id;  // a member of the registry in the congress's organization (subtree)
  election::NominationSource source = election::NominationSource::kCommittee;
  std::string nominated_by;                    // floor: who nominated (required)
  bool nominated_by_committee_member = false;  // floor: R-INCUMBENT
  // In the convening (outgoing) committee. Unset: an ex-officio entry of the congress's roll
  // with the member's id (or, when the entry has none, the same name and birth date).
  std::optional<bool> convening_committee_member;
};

// Records a nomination with the person's facts from the registry. kNotFound naming
// `member_id` for a member not in the organization's subtree, kConflict when nominated already,
// kInvalidInput naming `nominated_by` for a floor nomination without its nominator.
Result<int64_t> Nominate(const NominationPorts& ports, const Actor& actor, int64_t election_id,
                         const NominateRequest& request);

// A vote as the congress recorded it. `convened` is the R-THRESHOLD denominator; unset, it is
// the congress's roll (app/roll.h ShowRoll) when a show of hands needs it.
struct VoteCount {
  std::optional<int64_t> convened;
  int64_t present = 0;
  int64_t in_favour = 0;  // agree in a nomination poll
};

// R-FLOOR-GATE: the secret nomination poll (party-2024: present, agree) or the show-of-hands
// decision (party-2014: convened, present, in favour) for a floor or self nomination
// (kConflict for the committee's list). kInvalidInput naming `present`, `in_favour`,
// `convened` for impossible counts.
Status RecordNominationPoll(const NominationPorts& ports, const Actor& actor, int64_t nomination_id,
                            const VoteCount& vote);

// R-WITHDRAW: records a request; the nominee stays on the list until the vote passes.
Status RequestWithdrawal(const NominationPorts& ports, const Actor& actor, int64_t nomination_id,
                         const std::string& reason);
// R-WITHDRAW, R-SHOW-OF-HANDS: the congress's show of hands on the request (kConflict without
// one). Passing needs more than half of the convened.
Status RecordWithdrawalVote(const NominationPorts& ports, const Actor& actor, int64_t nomination_id,
                            const VoteCount& vote);

// R-STRUCTURE: the election's targets (kInvalidInput naming the field).
Status SetStructureTargets(const NominationPorts& ports, const Actor& actor, int64_t election_id,
                           const election::ListStructureTargets& targets);

struct NominationsView {
  ElectionRecord election;
  election::FloorGateMethod gate_method = election::FloorGateMethod::kSecretPoll;
  std::optional<Date> opening;                // the congress's opening day (held, else planned)
  std::optional<int64_t> convened;            // the roll's R-THRESHOLD denominator, when known
  std::vector<NominationRecord> nominations;  // in the order made
  election::ListReview review;                // statuses, findings, final list, blockers
  election::ListStructureTargets targets;     // the election's, else the defaults
  bool targets_set = false;
  election::ListStructure structure;  // of the final list
  bool locked = false;
  // The election's candidates are the final list as it stands (finalized and not changed since).
  bool finalized = false;
};
Result<NominationsView> ShowNominations(const NominationPorts& ports, const Actor& actor,
                                        int64_t election_id);

// Writes the final list as the election's candidates (SetCandidates: id = member id) when
// nothing blocks it: kRuleViolation naming the first blocker's rule with every blocker's
// message (a pending poll or withdrawal vote, R-SURPLUS). kConflict once locked.
Result<NominationsView> FinalizeList(const NominationPorts& ports, const Actor& actor,
                                     int64_t election_id);

}  // namespace daihoi::app
