#pragma once
// The list of candidates (danh sách bầu cử) checked against the profile before any ballot is
// printed or counted: R-SURPLUS, R-VOTERS, R-INCUMBENT, R-FLOOR-GATE, R-WITHDRAW.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "election/motions.h"
#include "election/profile.h"
#include "election/types.h"

namespace daihoi::election {

// Surplus ratio (candidates − seats) / seats in hundredths of a percent, rounded half up:
// 41 seats, 47 candidates → 1463 (14.63%). Negative when there are fewer candidates than seats.
Hundredths SurplusRatio(int seats, int candidates);

// R-SURPLUS for the final list of an election:
//  - committee / standing committee: a surplus is required; at most 1 person for 3–5 seats,
//    otherwise at most the profile's share of the seats (30%);
//  - delegates (I): at most the profile's share of seats + alternates;
//  - secretary, deputy, inspection chair and inspection: no surplus rule (one person allowed).
// kRuleViolation with rule "R-SURPLUS" and the figures otherwise.
Status CheckSurplus(const Election& election, int candidates, const Profile& profile);

// R-SURPLUS: the list the convening committee prepares itself carries 10%–15% (1 person for a
// committee of 3–5 seats). When no whole number of persons lies inside the band (6 seats:
// 0.6–0.9), the least whole number reaching the lower bound is accepted.
Status CheckConveningList(const Election& election, int committee_candidates,
                          const Profile& profile);

enum class NominationSource { kCommittee, kFloor, kSelf };

// R-FLOOR-GATE, party-2024: the secret nomination poll among those present.
struct NominationPoll {
  int64_t present = 0;
  int64_t agree = 0;
};

// R-WITHDRAW: a request to withdraw and the congress's vote on it (show of hands, R-SECRET).
struct WithdrawalRequest {
  std::optional<ShowOfHands> vote;  // nullopt: not yet voted
};

struct Nomination {
  std::string id;
  std::string name;
  bool full_member = true;  // R-VOTERS: đảng viên chính thức
  NominationSource source = NominationSource::kCommittee;
  bool convening_committee_member = false;     // R-INCUMBENT: the nominee sits on it
  bool nominated_by_committee_member = false;  // R-INCUMBENT: the nominator sits on it
  std::optional<NominationPoll> poll;          // R-FLOOR-GATE, secret poll profiles
  std::optional<ShowOfHands> floor_decision;   // R-FLOOR-GATE, show-of-hands profiles
  std::optional<WithdrawalRequest> withdrawal;
  bool withdrawn = false;  // recorded as withdrawn from the list
};

struct ListViolation {
  std::string rule;        // "R-VOTERS", ...
  std::string nomination;  // the nominee's id
  std::string message;
};

// Every violation of R-VOTERS, R-INCUMBENT, R-FLOOR-GATE and R-WITHDRAW, one per nominee and
// rule, in the order of `nominations`. Empty when the nominations are in order.
std::vector<ListViolation> CheckNominations(const std::vector<Nomination>& nominations,
                                            const Profile& profile);

// Indexes of the nominations that enter the ballot: full members, not withdrawn, and (floor or
// self nominations) through the floor gate. Call after CheckNominations found nothing.
std::vector<int> FinalList(const std::vector<Nomination>& nominations, const Profile& profile);

}  // namespace daihoi::election
