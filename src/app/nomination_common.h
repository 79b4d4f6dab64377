#pragma once
// What the nomination use cases (app/nominations.h) share: the election or nomination looked up
// for a change (refused once the list is locked), the congress's opening day and convened count,
// and the records as the election module reviews them.

#include <cstdint>
#include <optional>
#include <vector>

#include "app/nominations.h"

namespace daihoi::app::nomination_detail {

// The election, refused with kConflict when its list is locked or it was imported from a venue.
Result<ElectionRecord> EditableElection(const NominationPorts& ports, int64_t election_id);

struct EditableNomination {
  NominationRecord nomination;
  ElectionRecord election;
};
// kNotFound (field `nomination_id`) for an unknown nomination; then as EditableElection.
Result<EditableNomination> FindEditableNomination(const NominationPorts& ports,
                                                  int64_t nomination_id);

// The congress's opening day: held start, else planned start; nullopt when neither is known.
std::optional<Date> OpeningOf(Store& store, const CongressRef& congress);
// The roll's R-THRESHOLD denominator (app/roll.h ShowRoll); nullopt when there is no roll.
std::optional<int64_t> ConvenedOf(Store& store, const Actor& actor, const CongressRef& congress);

// The vote with its convened count (given, else the roll's), checked: kInvalidInput naming
// `present`, `in_favour`, `convened`.
Result<election::ShowOfHands> CheckedVote(const NominationPorts& ports, const Actor& actor,
                                          const CongressRef& congress, const VoteCount& vote,
                                          bool needs_convened);

election::Nominee ToNominee(const NominationRecord& record);
std::vector<election::Nominee> ToNominees(const std::vector<NominationRecord>& records);

}  // namespace daihoi::app::nomination_detail
