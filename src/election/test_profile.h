#pragma once
// Test fixture: the values of profiles/party-2024.json as a struct (the engine has no built-in
// profile; json/tally_json_test.cpp checks that the file loads to these same values).

#include "election/profile.h"

namespace daihoi::election {

inline Profile Party2024ForTest() {
  Profile profile;
  profile.id = "party-2024";
  profile.surplus.committee_max = {30, 100};
  profile.surplus.small_committee_min_seats = 3;
  profile.surplus.small_committee_max_seats = 5;
  profile.surplus.small_committee_max_surplus = 1;
  profile.surplus.convening_list_min = {10, 100};
  profile.surplus.convening_list_max = {15, 100};
  profile.surplus.delegates_max = {30, 100};
  profile.floor_gate_method = FloorGateMethod::kSecretPoll;
  profile.floor_gate_share = {Share::Comparison::kMoreThan, {30, 100}};
  profile.write_in_invalid = true;
  profile.marked_invalid = true;
  profile.ambiguous_single_invalid = true;
  profile.delegates_ballot_includes_alternates = true;
  profile.ballot_order = {OrderKey::kName, OrderKey::kBirthDate, OrderKey::kId};
  profile.tie_handling = TieHandling::kRevoteTied;
  profile.quorum = {Share::Comparison::kMoreThan, {2, 3}};
  profile.confidence_quorum = {Share::Comparison::kAtLeast, {2, 3}};
  profile.confidence_low_consider = {Share::Comparison::kMoreThan, {1, 2}};
  profile.confidence_low_remove = {Share::Comparison::kAtLeast, {2, 3}};
  profile.confidence_base = ShareBase::kConvened;
  profile.show_of_hands = {Share::Comparison::kMoreThan, {1, 2}};
  profile.show_of_hands_base = ShareBase::kConvened;
  return profile;
}

}  // namespace daihoi::election
