#pragma once
// What both engines check and say the same way for app::ElectionStore (app/ports/
// election_store.h): the errors, the checks that need no SQL, and the sealing of a ballot entry.

#include <cstdint>
#include <string>
#include <vector>

#include "app/election_record.h"
#include "common/result.h"

namespace daihoi::storage {

Error UnknownElection(int64_t election_id);
Error UnknownRound(int64_t round_id);
Error ListLocked(int64_t election_id);
Error ListNotLocked(int64_t election_id);
Error RoundOpen(int64_t election_id);
Error RoundClosed(int64_t round_id);
// The counting committee signs the minutes of a closed round: frozen from then on.
Error CommitteeFrozen(int64_t election_id);
// CloseRound's snapshot names `head`, but the round's last entry is `last` (empty: none).
Error ChainMoved(int64_t round_id, const std::string& head, const std::string& last);

// kInvalidInput naming `candidates[i].id` when an id is empty or repeats.
Status CheckCandidateIds(const std::vector<app::CandidateRecord>& candidates);
// A new round of an election whose last round is `last_number` (0: none) and whose list has
// `list_size` candidates: kInvalidInput naming `number` unless it is the next, `candidates`
// for a position outside the list or named twice.
Status CheckNewRound(const app::RoundRecord& round, int64_t last_number, int64_t list_size);

// The entry the store hands to `seal`: the draft with the round's next seq, the store's time and
// the previous entry's hash (empty for the first).
app::BallotEntryRecord Unsealed(const app::BallotEntryRecord& draft, int64_t seq,
                                const std::string& entered_at, const std::string& prev_hash);
// After `seal`: kInternal unless it kept what the store set (prev_hash only when there was a
// previous entry) and gave a hash, and a first entry a prev_hash.
Status CheckSealed(const app::BallotEntryRecord& unsealed, const app::BallotEntryRecord& sealed);

}  // namespace daihoi::storage
