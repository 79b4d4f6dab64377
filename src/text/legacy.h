#pragma once
// Old spreadsheets hold Vietnamese in legacy 8-bit encodings shown through fonts such as
// .VnTime (TCVN3/ABC) or VNI-Times. These turn such text into Unicode (NFC).

#include <string>
#include <string_view>

namespace daihoi::text {

enum class LegacyEncoding { kNone, kTcvn3, kVni };

// Text as read from a file (each byte taken as one Windows-1252/Latin-1 character, or the
// same characters already decoded to UTF-8) converted from TCVN3 or VNI to Unicode NFC.
std::string FromTcvn3(std::string_view text);
std::string FromVni(std::string_view text);

// Guesses whether a UTF-8 string is mojibake of TCVN3 or VNI; kNone for ordinary Unicode.
LegacyEncoding DetectLegacy(std::string_view utf8);

}  // namespace daihoi::text
