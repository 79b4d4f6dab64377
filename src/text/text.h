#pragma once
// Vietnamese text (ICU). Every string entering the system passes through Normalize().

#include <string>
#include <string_view>
#include <vector>

namespace daihoi::text {

// NFC, trims, collapses runs of white space to one space, and replaces the look-alike
// Ð (U+00D0, Icelandic eth) / ð by Đ (U+0110) / đ, a common defect of old spreadsheets.
std::string Normalize(std::string_view utf8);

// Lower case, accents removed, đ→d, for accent-insensitive search:
// Fold("Nguyễn Văn An") == "nguyen van an".
std::string Fold(std::string_view utf8);

// Binary sort key under ICU's Vietnamese collation ("vi"): memcmp order of keys is the
// Vietnamese order of the strings (D < Đ; tones are a secondary difference).
std::string CollationKey(std::string_view utf8);

// <0, 0, >0 under Vietnamese collation.
int Compare(std::string_view a, std::string_view b);

struct NameParts {
  std::string family;  // first word: Nguyễn
  std::string middle;  // words between: Văn
  std::string given;   // last word: An
};
NameParts SplitName(std::string_view full_name);

// Sort key for R-ORDER: the name reordered as given name, family name, middle names, under
// Vietnamese collation. Callers break equal keys by date of birth, then id.
std::string NameOrderKey(std::string_view full_name);

}  // namespace daihoi::text
