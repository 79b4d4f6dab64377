#include "common/roman.h"

#include <cctype>

namespace daihoi {
namespace {
struct Numeral {
  int value;
  const char* text;
};
constexpr Numeral kNumerals[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                 {90, "XC"},  {50, "L"},   {40, "XL"},  {10, "X"},   {9, "IX"},
                                 {5, "V"},    {4, "IV"},   {1, "I"}};
}  // namespace

std::string ToRoman(int value) {
  if (value < 1 || value > 3999) return {};
  std::string out;
  for (const Numeral& n : kNumerals) {
    while (value >= n.value) {
      out += n.text;
      value -= n.value;
    }
  }
  return out;
}

std::optional<int> FromRoman(std::string_view text) {
  if (text.empty() || text.size() > 15) return std::nullopt;
  std::string upper;
  for (char c : text) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  int value = 0;
  size_t pos = 0;
  for (const Numeral& n : kNumerals) {
    std::string_view t(n.text);
    while (upper.compare(pos, t.size(), t) == 0) {
      value += n.value;
      pos += t.size();
    }
  }
  if (pos != upper.size()) return std::nullopt;
  // Round-trip rejects non-canonical forms such as IIII or VX.
  if (ToRoman(value) != upper) return std::nullopt;
  return value;
}

}  // namespace daihoi
