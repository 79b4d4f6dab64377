#include "apportionment/exact.h"

#include <algorithm>
#include <array>

namespace daihoi::apportionment {
namespace {

// A 256-bit unsigned product as four 64-bit limbs, least significant first.
using Limbs = std::array<uint64_t, 4>;

Limbs Multiply(Uint128 a, Uint128 b) {
  const uint64_t x[2] = {static_cast<uint64_t>(a), static_cast<uint64_t>(a >> 64)};
  const uint64_t y[2] = {static_cast<uint64_t>(b), static_cast<uint64_t>(b >> 64)};
  Limbs out{0, 0, 0, 0};
  for (int i = 0; i < 2; ++i) {
    Uint128 carry = 0;
    for (int j = 0; j < 2; ++j) {
      Uint128 cell = static_cast<Uint128>(x[i]) * y[j] + out[i + j] + carry;
      out[i + j] = static_cast<uint64_t>(cell);
      carry = cell >> 64;
    }
    // The highest limb touched by row i is i + 2; it cannot overflow (the product fits in 256).
    out[i + 2] += static_cast<uint64_t>(carry);
  }
  return out;
}

std::strong_ordering CompareLimbs(const Limbs& a, const Limbs& b) {
  for (int i = 3; i >= 0; --i) {
    if (a[i] != b[i])
      return a[i] < b[i] ? std::strong_ordering::less : std::strong_ordering::greater;
  }
  return std::strong_ordering::equal;
}

}  // namespace

std::strong_ordering Compare(const Fraction& a, const Fraction& b) {
  const bool a_inf = a.den == 0;
  const bool b_inf = b.den == 0;
  if (a_inf || b_inf) {
    if (a_inf && b_inf) return std::strong_ordering::equal;
    return a_inf ? std::strong_ordering::greater : std::strong_ordering::less;
  }
  return CompareLimbs(Multiply(a.num, b.den), Multiply(b.num, a.den));
}

std::optional<Decimal> ParseDecimal(std::string_view text) {
  if (text.empty()) return std::nullopt;
  Decimal out;
  bool seen_point = false;
  bool seen_digit = false;
  for (char c : text) {
    if (c == '.') {
      if (seen_point) return std::nullopt;
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    seen_digit = true;
    if (seen_point) {
      if (out.scale == kMaxDecimalScale) {
        if (c != '0') return std::nullopt;  // trailing zeros beyond the scale change nothing
        continue;
      }
      ++out.scale;
    }
    out.units = out.units * 10 + (c - '0');
    if (out.units > kMaxDecimalValue * 1'000'000) return std::nullopt;
  }
  if (!seen_digit || text.front() == '.' || text.back() == '.') return std::nullopt;
  int64_t one = 1;
  for (int i = 0; i < out.scale; ++i) one *= 10;
  if (out.units > kMaxDecimalValue * one) return std::nullopt;
  // Drop trailing zeros so "1.0" and "1" are the same value with the same scale.
  while (out.scale > 0 && out.units % 10 == 0) {
    out.units /= 10;
    --out.scale;
  }
  return out;
}

Uint128 RoundHalfUpHundredths(Uint128 num, Uint128 den) {
  // floor((200·num + den) / (2·den)) = floor(100·num/den + 1/2).
  return (num * 200 + den) / (den * 2);
}

std::string ToString(Uint128 value) {
  if (value == 0) return "0";
  std::string out;
  while (value > 0) {
    out.push_back(static_cast<char>('0' + static_cast<int>(value % 10)));
    value /= 10;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace daihoi::apportionment
