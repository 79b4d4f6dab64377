#include "election/ballot_list.h"

#include <string>

#include "election/threshold.h"

namespace daihoi::election {
namespace {

std::string Percent(Hundredths value) {
  const bool negative = value < 0;
  const int64_t magnitude = negative ? -value : value;
  std::string cents = std::to_string(magnitude % 100);
  if (cents.size() < 2) cents.insert(0, "0");
  return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." + cents + "%";
}

std::string Figures(int seats, int candidates, const char* unit = "seats") {
  return std::to_string(candidates) + " candidates for " + std::to_string(seats) + " " + unit +
         " (surplus " + std::to_string(candidates - seats) + ", " +
         Percent(SurplusRatio(seats, candidates)) + ")";
}

// surplus <= fraction * base, in integers.
bool WithinShare(int64_t surplus, int64_t base, const Fraction& share) {
  return surplus * share.denominator <= share.numerator * base;
}

bool SmallCommittee(int seats, const SurplusRules& rules) {
  return seats >= rules.small_committee_min_seats && seats <= rules.small_committee_max_seats;
}

bool RequiresSurplus(ElectionKind kind) {
  return kind == ElectionKind::kCommittee || kind == ElectionKind::kStandingCommittee;
}

bool GatePassed(const Nomination& nomination, const Profile& profile) {
  if (nomination.source == NominationSource::kCommittee) return true;
  if (profile.floor_gate_method == FloorGateMethod::kSecretPoll) {
    return nomination.poll &&
           Meets(nomination.poll->agree, nomination.poll->present, profile.floor_gate_share);
  }
  if (!nomination.floor_decision) return false;
  Result<bool> passes = MotionPasses(*nomination.floor_decision, profile);
  return passes.ok() && *passes;
}

}  // namespace

Hundredths SurplusRatio(int seats, int candidates) {
  if (seats <= 0) return 0;
  const int64_t surplus = candidates - seats;
  return surplus >= 0 ? PercentHundredths(surplus, seats) : -PercentHundredths(-surplus, seats);
}

Status CheckSurplus(const Election& election, int candidates, const Profile& profile) {
  const SurplusRules& rules = profile.surplus;
  const int seats = election.seats;
  const int64_t surplus = candidates - seats;
  if (RequiresSurplus(election.kind)) {
    if (surplus <= 0) {
      return RuleViolation("R-SURPLUS", std::string("a ") + ToString(election.kind) +
                                            " list must have more candidates than seats: " +
                                            Figures(seats, candidates));
    }
    if (SmallCommittee(seats, rules)) {
      if (surplus > rules.small_committee_max_surplus) {
        return RuleViolation(
            "R-SURPLUS", "a committee of " + std::to_string(rules.small_committee_min_seats) + "–" +
                             std::to_string(rules.small_committee_max_seats) +
                             " seats may have a surplus of at most " +
                             std::to_string(rules.small_committee_max_surplus) + ": " +
                             Figures(seats, candidates));
      }
      return {};
    }
    if (!WithinShare(surplus, seats, rules.committee_max)) {
      return RuleViolation("R-SURPLUS",
                           "the surplus may be at most " +
                               Percent(PercentHundredths(rules.committee_max.numerator,
                                                         rules.committee_max.denominator)) +
                               " of the seats: " + Figures(seats, candidates));
    }
    return {};
  }
  if (election.kind == ElectionKind::kDelegates) {
    // (I) over every place the one list fills: officials and alternates (R-DELEGATES).
    const int places = seats + election.alternates;
    const int64_t delegates_surplus = candidates - places;
    if (delegates_surplus > 0 && !WithinShare(delegates_surplus, places, rules.delegates_max)) {
      return RuleViolation("R-SURPLUS",
                           "a delegates list may have a surplus of at most " +
                               Percent(PercentHundredths(rules.delegates_max.numerator,
                                                         rules.delegates_max.denominator)) +
                               " of the places: " + Figures(places, candidates, "places"));
    }
  }
  return {};
}

Status CheckConveningList(const Election& election, int committee_candidates,
                          const Profile& profile) {
  if (!RequiresSurplus(election.kind)) return {};
  const SurplusRules& rules = profile.surplus;
  const int seats = election.seats;
  const int64_t surplus = committee_candidates - seats;
  int64_t lower = 0;
  int64_t upper = 0;
  if (SmallCommittee(seats, rules)) {
    lower = upper = rules.small_committee_max_surplus;
  } else {
    // Whole persons: ceil(min * seats) .. floor(max * seats).
    const Fraction& min = rules.convening_list_min;
    const Fraction& max = rules.convening_list_max;
    lower = (min.numerator * seats + min.denominator - 1) / min.denominator;
    upper = max.numerator * seats / max.denominator;
    if (upper < lower) upper = lower;
  }
  if (surplus < lower || surplus > upper) {
    return RuleViolation("R-SURPLUS", "the convening committee's list must carry a surplus of " +
                                          std::to_string(lower) + "–" + std::to_string(upper) +
                                          " persons: " + Figures(seats, committee_candidates));
  }
  return {};
}

std::vector<ListViolation> CheckNominations(const std::vector<Nomination>& nominations,
                                            const Profile& profile) {
  std::vector<ListViolation> violations;
  auto add = [&](const char* rule, const Nomination& nomination, std::string message) {
    violations.push_back({rule, nomination.id, nomination.name + ": " + std::move(message)});
  };
  for (const Nomination& nomination : nominations) {
    // R-VOTERS: only full members stand.
    if (!nomination.full_member) {
      add("R-VOTERS", nomination, "only full members may stand (probationary or not a member)");
    }
    // R-INCUMBENT: a convening-committee member stands only on the committee's list, and
    // nominates no one outside it.
    if (nomination.source != NominationSource::kCommittee) {
      if (nomination.convening_committee_member) {
        add("R-INCUMBENT", nomination,
            "a member of the convening committee may stand only on the committee's list");
      }
      if (nomination.nominated_by_committee_member) {
        add("R-INCUMBENT", nomination,
            "nominated by a member of the convening committee outside the committee's list");
      }
      // R-FLOOR-GATE.
      if (!GatePassed(nomination, profile)) {
        if (profile.floor_gate_method == FloorGateMethod::kSecretPoll) {
          add("R-FLOOR-GATE", nomination,
              nomination.poll ? std::to_string(nomination.poll->agree) + " of " +
                                    std::to_string(nomination.poll->present) +
                                    " present agreed: not more than the required share"
                              : "no nomination poll recorded");
        } else {
          add("R-FLOOR-GATE", nomination,
              nomination.floor_decision ? "the congress did not approve by show of hands"
                                        : "no show-of-hands decision recorded");
        }
      }
    }
    // R-WITHDRAW: withdrawn only by a recorded congress vote that passed.
    if (nomination.withdrawn) {
      if (!nomination.withdrawal || !nomination.withdrawal->vote) {
        add("R-WITHDRAW", nomination, "withdrawn without a congress vote");
      } else {
        Result<bool> passes = MotionPasses(*nomination.withdrawal->vote, profile);
        if (!passes.ok()) {
          add("R-WITHDRAW", nomination, passes.error().message);
        } else if (!*passes) {
          add("R-WITHDRAW", nomination, "withdrawn although the congress vote did not pass");
        }
      }
    }
  }
  return violations;
}

std::vector<int> FinalList(const std::vector<Nomination>& nominations, const Profile& profile) {
  std::vector<int> list;
  for (size_t index = 0; index < nominations.size(); ++index) {
    const Nomination& nomination = nominations[index];
    if (!nomination.full_member || nomination.withdrawn) continue;
    if (nomination.source != NominationSource::kCommittee &&
        (nomination.convening_committee_member || nomination.nominated_by_committee_member)) {
      continue;  // R-INCUMBENT
    }
    if (!GatePassed(nomination, profile)) continue;
    list.push_back(static_cast<int>(index));
  }
  return list;
}

}  // namespace daihoi::election
