#pragma once
// A rule profile (RULES.md: party-2014, party-2024) as a plain value. The files under profiles/
// are the source of truth; an adapter loads one into this struct. Every inferred (I) rule of
// RULES.md is a field here, never a constant in the engine. The engine has no built-in profile.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace daihoi::election {

// An exact share numerator/denominator, compared in integers.
struct Fraction {
  int64_t numerator = 0;
  int64_t denominator = 1;
};

// "more than 1/2", "at least 2/3".
struct Share {
  enum class Comparison { kMoreThan, kAtLeast };
  Comparison comparison = Comparison::kMoreThan;
  Fraction fraction;
};

// count / base meets the share, in integers: count*den > num*base (more than) or >= (at least).
// A base of 0 meets nothing.
bool Meets(int64_t count, int64_t base, const Share& share);

// R-ORDER keys, applied in order. The loader appends kId when missing so the order is total.
enum class OrderKey {
  kName,       // text::NameOrderKey: given name, family name, middle names (Vietnamese collation)
  kBirthDate,  // older first; a missing date sorts after known dates
  kId,
};

// R-FLOOR-GATE: how a floor or self nomination enters the list.
enum class FloorGateMethod {
  kSecretPoll,   // party-2024: a secret nomination poll among those present
  kShowOfHands,  // party-2014: the congress decides by show of hands (R-SHOW-OF-HANDS)
};

// R-TIE: the only admissible handling; "the older candidate wins" is never applied.
enum class TieHandling { kRevoteTied };

// Denominator of a share: those convened (R-THRESHOLD's base) or those present.
enum class ShareBase { kConvened, kPresent };

struct SurplusRules {                   // R-SURPLUS
  Fraction committee_max;               // surplus / seats at most this (30%)
  int small_committee_min_seats = 0;    // 3
  int small_committee_max_seats = 0;    // 5
  int small_committee_max_surplus = 0;  // 1 person
  Fraction convening_list_min;          // the convening committee's own list: 10%
  Fraction convening_list_max;          // ... to 15%
  Fraction delegates_max;               // (I) delegate lists: 30%, over seats + alternates
};

struct Profile {
  std::string id;          // "party-2024"
  std::string regulation;  // "Quyết định 190-QĐ/TW (10/10/2024)"

  SurplusRules surplus;

  FloorGateMethod floor_gate_method = FloorGateMethod::kSecretPoll;  // R-FLOOR-GATE
  Share floor_gate_share;  // of those present, in the secret poll (more than 30%)

  // R-VALID (I): reasons 4–6 may be switched off by an operator.
  bool write_in_invalid = false;
  bool marked_invalid = false;
  bool ambiguous_single_invalid = false;

  // R-DELEGATES (I): a delegates ballot may leave seats + alternates names.
  bool delegates_ballot_includes_alternates = false;

  std::vector<OrderKey> ballot_order;                   // R-ORDER (I)
  TieHandling tie_handling = TieHandling::kRevoteTied;  // R-TIE (I)

  Share quorum;  // R-QUORUM (I): congress valid with more than 2/3 of those convened present

  // R-CONFIDENCE (S, with I parts).
  Share confidence_quorum;        // at least 2/3 of those convened present
  Share confidence_low_consider;  // more than 1/2 "low": considered for dismissal
  Share confidence_low_remove;    // (I) 2/3 or more "low": the competent level removes
  ShareBase confidence_base = ShareBase::kConvened;  // (I)

  // R-SHOW-OF-HANDS (I): a procedural motion passes with more than half of the convened.
  Share show_of_hands;
  ShareBase show_of_hands_base = ShareBase::kConvened;
};

}  // namespace daihoi::election
