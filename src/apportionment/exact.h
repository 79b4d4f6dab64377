#pragma once
// Exact arithmetic for seat allocation: no floating point ever decides a seat (R-ALLOCATION).
//
// Priorities and remainders are non-negative fractions of 128-bit integers; two of them are
// compared by cross-multiplication into a 256-bit product, so nothing overflows for any input
// that passes the limits of apportionment.h.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace daihoi::apportionment {

__extension__ typedef unsigned __int128 Uint128;

// A non-negative fraction num/den. den == 0 with num > 0 is +infinity (Huntington–Hill's
// priority of a unit that holds no seat yet); 0/0 is never built.
struct Fraction {
  Uint128 num = 0;
  Uint128 den = 1;
};

// Exact ordering of two fractions (infinity equals infinity).
std::strong_ordering Compare(const Fraction& a, const Fraction& b);

// A positive decimal written in base ten, held exactly as units / 10^scale.
struct Decimal {
  int64_t units = 0;  // 1.25 → 125
  int scale = 0;      // 1.25 → 2
};

// Parses "12", "1.0", "0.75" (no sign, no exponent; at most kMaxDecimalScale digits after the
// point and a value of at most kMaxDecimalValue). nullopt for anything else.
inline constexpr int kMaxDecimalScale = 6;
inline constexpr int64_t kMaxDecimalValue = 1000;
std::optional<Decimal> ParseDecimal(std::string_view text);

// Rounds num/den to hundredths, half up, and returns the number of hundredths.
Uint128 RoundHalfUpHundredths(Uint128 num, Uint128 den);

std::string ToString(Uint128 value);

}  // namespace daihoi::apportionment
