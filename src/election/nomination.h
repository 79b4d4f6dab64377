#pragma once
// Nominations to an election and the final list they produce (GLOSSARY: Nomination,
// NominationPoll, WithdrawalRequest): who is nominated and from where (the convening committee's
// list, the floor, self-nomination), whether they may stand (R-VOTERS, R-INCUMBENT), whether a
// floor or self nominee entered the list (R-FLOOR-GATE), withdrawals decided by a recorded vote
// (R-WITHDRAW, R-SHOW-OF-HANDS), and the structure of the list against targets (R-STRUCTURE:
// warnings, never errors). The list rules themselves are ballot_list.h's (CheckNominations,
// FinalList, CheckConveningList, CheckSurplus): this file only feeds them and explains them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/date.h"
#include "election/ballot_list.h"
#include "election/motions.h"
#include "election/profile.h"
#include "election/types.h"

namespace daihoi::election {

const char* ToString(NominationSource source);  // "committee", "floor", "self"
std::optional<NominationSource> ParseNominationSource(std::string_view text);

// R-FLOOR-GATE: the gate as recorded. A secret nomination poll (party-2024) uses `present` and
// `agree`; a show-of-hands decision (party-2014) uses `convened` (the R-THRESHOLD denominator),
// `present` and `agree` (those in favour).
struct GateVote {
  int64_t convened = 0;
  int64_t present = 0;
  int64_t agree = 0;
};

// One nomination: the person as the registry knows them, and what the congress recorded.
struct Nominee {
  std::string id;  // the nomination's id (text), unique in the election
  std::string member_id;
  std::string full_name;
  std::string gender;  // "male" / "female" / empty
  std::optional<Date> birth_date;
  std::optional<Date> full_member_date;
  bool full_member = true;  // R-VOTERS: the registry's status is full (chính thức)
  // In the convening (outgoing) committee: R-INCUMBENT, and re-elected vs first-time.
  bool convening_committee_member = false;
  NominationSource source = NominationSource::kCommittee;
  std::string nominated_by;                    // floor nominations: who nominated
  bool nominated_by_committee_member = false;  // R-INCUMBENT
  std::optional<GateVote> gate;                // R-FLOOR-GATE, floor and self only
  bool withdrawal_requested = false;           // R-WITHDRAW
  std::optional<ShowOfHands> withdrawal_vote;  // nullopt: the congress has not voted yet
};

enum class NomineeStatus {
  kIneligible,         // R-VOTERS or R-INCUMBENT: may not stand
  kPollPending,        // floor or self: the gate is not recorded yet
  kNotAdmitted,        // the gate was recorded and did not pass
  kWithdrawalPending,  // a withdrawal request awaits the congress's vote
  kWithdrawn,          // the congress voted the withdrawal
  kOnList,             // on the final list
};
const char* ToString(NomineeStatus status);  // "ineligible", "poll_pending", …

// R-VOTERS also holds on the date: a full member by the opening date.
// R-FLOOR-GATE with the profile's method and share; R-WITHDRAW with R-SHOW-OF-HANDS.
struct NomineeReview {
  NomineeStatus status = NomineeStatus::kOnList;
  std::optional<bool> gate_passed;        // floor and self, once recorded
  std::optional<bool> withdrawal_passed;  // once voted
  std::vector<ListViolation> findings;    // R-VOTERS, R-INCUMBENT; Vietnamese messages
};

// Something that keeps the list from being final, in Vietnamese, with the rule it comes from.
struct Blocker {
  std::string rule;        // "R-FLOOR-GATE", "R-WITHDRAW", "R-SURPLUS", "R-VOTERS"
  std::string nomination;  // the nominee's id, empty for the list as a whole
  std::string message;
};

struct ListReview {
  std::vector<NomineeReview> nominees;  // one per input nominee, same order
  std::vector<int> final_list;          // indexes of the nominees on the list, input order
  int committee_list = 0;               // eligible committee nominations (R-SURPLUS 10–15%)
  Hundredths surplus_ratio = 0;         // of the final list over the seats
  std::vector<Blocker> blockers;        // empty: the list may be finalized
};

// Reviews the nominations of `election` as of `opening` (the congress's opening day). The final
// list is FinalList over the nominations as ballot_list.h sees them; blockers are the pending
// gates and withdrawal votes, then CheckConveningList and CheckSurplus on the list.
ListReview ReviewNominations(const Election& election, const std::vector<Nominee>& nominees,
                             const Profile& profile, const std::optional<Date>& opening);

// R-STRUCTURE targets: parameters of the election (defaults from RULES.md), compared in
// integers. Shares are whole percents.
struct ListStructureTargets {
  int women_min_percent = 15;      // women ≥ 15% (2015)
  int under_40_min_percent = 10;   // under 40 ≥ 10% (2020)
  int age_40_50_min_percent = 40;  // 40–50 about 40–50% (2020)
  int age_40_50_max_percent = 50;
  int first_time_min_months = 60;  // a full term of working time left
  int reelected_min_months = 48;   // re-elected: at least 48 months (2025)
  // The retirement age the working time is counted to (I: by the year of the congress).
  int retirement_age_male_months = 720;    // 60 years
  int retirement_age_female_months = 660;  // 55 years
};

// Checks the targets' ranges; kInvalidInput naming the field.
Status CheckListStructureTargets(const ListStructureTargets& targets);

struct ListStructureWarning {
  std::string code;        // "women", "under_40", "age_40_50", "time_left", "birth_date"
  std::string nomination;  // the nominee's id for a per-person warning, else empty
  std::string message;     // Vietnamese
};

struct TimeLeft {
  int nominee = 0;            // index into the input
  std::optional<int> months;  // to the retirement age, from the opening; nullopt: unknown
  int required = 0;
  bool reelected = false;
};

struct ListStructure {
  int total = 0;
  int women = 0;
  int under_40 = 0;
  int age_40_50 = 0;  // 40 to 50 inclusive
  int over_50 = 0;
  int age_unknown = 0;
  int first_time = 0;
  int reelected = 0;  // in the outgoing (convening) committee
  Hundredths women_percent = 0;
  Hundredths under_40_percent = 0;
  Hundredths age_40_50_percent = 0;
  Hundredths over_50_percent = 0;
  std::vector<TimeLeft> time_left;  // one per nominee of the list, list order
  std::vector<ListStructureWarning> warnings;
};

// Whole years of age on `on`.
int WholeYearsOfAge(const Date& birth, const Date& on);
// Whole months from `on` to the day the person reaches `retirement_months` of age (negative
// when past it).
int MonthsToRetirement(const Date& birth, int retirement_months, const Date& on);

// R-STRUCTURE over the nominees at `list` (indexes into `nominees`) as of `opening`.
ListStructure ComputeListStructure(const std::vector<Nominee>& nominees,
                                   const std::vector<int>& list,
                                   const ListStructureTargets& targets,
                                   const std::optional<Date>& opening);

}  // namespace daihoi::election
