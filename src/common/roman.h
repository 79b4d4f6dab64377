#pragma once
// Congress ordinals are shown in Roman numerals ("lần thứ XXVI").

#include <optional>
#include <string>
#include <string_view>

namespace daihoi {

// 1..3999; empty string outside that range.
std::string ToRoman(int value);
// Canonical upper- or lower-case numerals only ("IIII" is refused).
std::optional<int> FromRoman(std::string_view text);

}  // namespace daihoi
