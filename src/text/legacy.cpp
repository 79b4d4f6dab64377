#include "text/legacy.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace daihoi::text {
namespace {

// Input: UTF-8 when valid (each legacy byte already decoded as a Latin-1 / Windows-1252
// character), else raw bytes, each taken as Latin-1. Output: code points.
std::vector<char32_t> DecodeLoose(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  bool valid = true;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0xFFFD) {  // replacement char: the input was not UTF-8
      valid = false;
      break;
    }
    out.push_back(static_cast<char32_t>(c));
  }
  if (valid) return out;
  out.clear();
  for (unsigned char b : s) out.push_back(b);
  return out;
}

icu::UnicodeString ToUnicode(const std::vector<char32_t>& cps) {
  icu::UnicodeString u;
  for (char32_t c : cps) u.append(static_cast<UChar32>(c));
  return u;
}

std::string NfcUtf8(const icu::UnicodeString& u) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC unavailable");
  icu::UnicodeString n = nfc->normalize(u, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC failed");
  std::string out;
  n.toUTF8String(out);
  return out;
}

// TCVN3 (TCVN 5712:1993, VN3 — the .VnTime fonts): one byte per precomposed letter. Toned
// capitals have no code of their own (the .VnTimeH fonts draw these codes as capitals), so
// they come out in lower case.
const std::array<char32_t, 256>& Tcvn3Table() {
  static const std::array<char32_t, 256> table = [] {
    std::array<char32_t, 256> t{};
    for (int i = 0; i < 256; ++i) t[i] = static_cast<char32_t>(i);
    struct Entry {
      unsigned char byte;
      char32_t cp;
    };
    static constexpr Entry kEntries[] = {
        {0xA1, U'Ă'}, {0xA2, U'Â'}, {0xA3, U'Ê'}, {0xA4, U'Ô'}, {0xA5, U'Ơ'}, {0xA6, U'Ư'},
        {0xA7, U'Đ'}, {0xA8, U'ă'}, {0xA9, U'â'}, {0xAA, U'ê'}, {0xAB, U'ô'}, {0xAC, U'ơ'},
        {0xAD, U'ư'}, {0xAE, U'đ'}, {0xB5, U'à'}, {0xB6, U'ả'}, {0xB7, U'ã'}, {0xB8, U'á'},
        {0xB9, U'ạ'}, {0xBB, U'ằ'}, {0xBC, U'ẳ'}, {0xBD, U'ẵ'}, {0xBE, U'ắ'}, {0xC6, U'ặ'},
        {0xC7, U'ầ'}, {0xC8, U'ẩ'}, {0xC9, U'ẫ'}, {0xCA, U'ấ'}, {0xCB, U'ậ'}, {0xCC, U'è'},
        {0xCE, U'ẻ'}, {0xCF, U'ẽ'}, {0xD0, U'é'}, {0xD1, U'ẹ'}, {0xD2, U'ề'}, {0xD3, U'ể'},
        {0xD4, U'ễ'}, {0xD5, U'ế'}, {0xD6, U'ệ'}, {0xD7, U'ì'}, {0xD8, U'ỉ'}, {0xDC, U'ĩ'},
        {0xDD, U'í'}, {0xDE, U'ị'}, {0xDF, U'ò'}, {0xE1, U'ỏ'}, {0xE2, U'õ'}, {0xE3, U'ó'},
        {0xE4, U'ọ'}, {0xE5, U'ồ'}, {0xE6, U'ổ'}, {0xE7, U'ỗ'}, {0xE8, U'ố'}, {0xE9, U'ộ'},
        {0xEA, U'ờ'}, {0xEB, U'ở'}, {0xEC, U'ỡ'}, {0xED, U'ớ'}, {0xEE, U'ợ'}, {0xEF, U'ù'},
        {0xF1, U'ủ'}, {0xF2, U'ũ'}, {0xF3, U'ú'}, {0xF4, U'ụ'}, {0xF5, U'ừ'}, {0xF6, U'ử'},
        {0xF7, U'ữ'}, {0xF8, U'ứ'}, {0xF9, U'ự'}, {0xFA, U'ỳ'}, {0xFB, U'ỷ'}, {0xFC, U'ỹ'},
        {0xFD, U'ý'}, {0xFE, U'ỵ'},
    };
    for (const Entry& e : kEntries) t[e.byte] = e.cp;
    return t;
  }();
  return table;
}

// VNI (VNI-Windows, the VNI-Times fonts): a base letter followed by a byte drawn as its
// diacritics, plus a few letters of their own (đ, ơ, ư and the toned i / y forms).
struct VniMark {
  unsigned char lower;
  unsigned char upper;
  const char16_t* combining;  // combining marks, NFC composes them with the base letter
};
constexpr VniMark kVniMarks[] = {
    {0xF9, 0xD9, u"\u0301"},       {0xF8, 0xD8, u"\u0300"},       {0xFB, 0xDB, u"\u0309"},
    {0xF5, 0xD5, u"\u0303"},       {0xEF, 0xCF, u"\u0323"},       {0xE2, 0xC2, u"\u0302"},
    {0xE1, 0xC1, u"\u0302\u0301"}, {0xE0, 0xC0, u"\u0302\u0300"}, {0xE5, 0xC5, u"\u0302\u0309"},
    {0xE3, 0xC3, u"\u0302\u0303"}, {0xE4, 0xC4, u"\u0302\u0323"}, {0xEA, 0xCA, u"\u0306"},
    {0xE9, 0xC9, u"\u0306\u0301"}, {0xE8, 0xC8, u"\u0306\u0300"}, {0xFA, 0xDA, u"\u0306\u0309"},
    {0xFC, 0xDC, u"\u0306\u0303"}, {0xEB, 0xCB, u"\u0306\u0323"},
};

struct VniLetter {
  unsigned char byte;
  char32_t cp;
};
constexpr VniLetter kVniLetters[] = {
    {0xF1, U'đ'}, {0xD1, U'Đ'}, {0xF4, U'ơ'}, {0xD4, U'Ơ'}, {0xF6, U'ư'}, {0xD6, U'Ư'},
    {0xED, U'í'}, {0xCD, U'Í'}, {0xEC, U'ì'}, {0xCC, U'Ì'}, {0xE6, U'ỉ'}, {0xC6, U'Ỉ'},
    {0xF3, U'ĩ'}, {0xD3, U'Ĩ'}, {0xF2, U'ị'}, {0xD2, U'Ị'}, {0xEE, U'ỵ'}, {0xCE, U'Ỵ'},
};

bool IsVowelBase(char32_t c) {
  switch (c) {
    case U'a':
    case U'e':
    case U'i':
    case U'o':
    case U'u':
    case U'y':
    case U'A':
    case U'E':
    case U'I':
    case U'O':
    case U'U':
    case U'Y':
    case U'ơ':
    case U'Ơ':
    case U'ư':
    case U'Ư':
      return true;
    default:
      return false;
  }
}

// Vietnamese letters that are not in Latin-1: their presence means the text is Unicode.
bool IsVietnameseBeyondLatin1(char32_t c) {
  switch (c) {
    case U'Ă':
    case U'ă':
    case U'Đ':
    case U'đ':
    case U'Ĩ':
    case U'ĩ':
    case U'Ũ':
    case U'ũ':
    case U'Ơ':
    case U'ơ':
    case U'Ư':
    case U'ư':
      return true;
    default:
      return (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323);
  }
}

// ---- Syllable check used by DetectLegacy ------------------------------------------------

const std::set<std::u16string>& Onsets() {
  static const std::set<std::u16string> s = {
      u"",  u"b",  u"c",   u"ch", u"d", u"đ",  u"g",  u"gh", u"gi", u"h", u"k",  u"kh", u"l", u"m",
      u"n", u"ng", u"ngh", u"nh", u"p", u"ph", u"qu", u"r",  u"s",  u"t", u"th", u"tr", u"v", u"x"};
  return s;
}

const std::set<std::u16string>& Nuclei() {
  static const std::set<std::u16string> s = {
      u"a",   u"ă",   u"â",   u"e",   u"ê",   u"i",   u"o",   u"ô",   u"ơ",   u"u",
      u"ư",   u"y",   u"ai",  u"ao",  u"au",  u"ay",  u"âu",  u"ây",  u"eo",  u"êu",
      u"ia",  u"iê",  u"iu",  u"oa",  u"oă",  u"oe",  u"oi",  u"ôi",  u"ơi",  u"oo",
      u"ua",  u"uâ",  u"uê",  u"ui",  u"uô",  u"uơ",  u"uy",  u"ưa",  u"ưi",  u"ưu",
      u"ươ",  u"yê",  u"iêu", u"oai", u"oao", u"oay", u"oeo", u"uây", u"uôi", u"uya",
      u"uyê", u"uyu", u"ươi", u"ươu", u"yêu", u"uai", u"uay", u"uêu"};
  return s;
}

const std::set<std::u16string>& Codas() {
  static const std::set<std::u16string> s = {u"",   u"c",  u"ch", u"m", u"n",
                                             u"ng", u"nh", u"p",  u"t"};
  return s;
}

// A lower-case, tone-stripped word: onset + nucleus + coda.
bool IsSyllableShape(const std::u16string& w) {
  for (size_t on = 0; on <= std::min<size_t>(3, w.size()); ++on) {
    if (!Onsets().contains(w.substr(0, on))) continue;
    for (size_t nu = 1; on + nu <= w.size() && nu <= 3; ++nu) {
      if (!Nuclei().contains(w.substr(on, nu))) continue;
      if (Codas().contains(w.substr(on + nu))) return true;
    }
  }
  return false;
}

// Counts the words of `u` that are well-formed Vietnamese syllables (at most one tone).
int CountSyllables(const icu::UnicodeString& u) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU normalizer unavailable");
  icu::UnicodeString d = nfd->normalize(u, status);
  int count = 0;
  icu::UnicodeString word;
  int tones = 0;
  bool letters_only = true;
  auto flush = [&] {
    if (!word.isEmpty() && letters_only && tones <= 1) {
      UErrorCode st = U_ZERO_ERROR;
      icu::UnicodeString w = nfc->normalize(word, st);
      w.toLower();
      std::u16string s(reinterpret_cast<const char16_t*>(w.getBuffer()),
                       static_cast<size_t>(w.length()));
      if (IsSyllableShape(s)) ++count;
    }
    word.remove();
    tones = 0;
    letters_only = true;
  };
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323) {
      ++tones;
      continue;
    }
    if (c == 0x0302 || c == 0x0306 || c == 0x031B) {
      word.append(c);
      continue;
    }
    if (c < 0x80 && !u_isalpha(c)) {  // ASCII space, digits and punctuation split words
      flush();
      continue;
    }
    if (u_isUWhiteSpace(c)) {
      flush();
      continue;
    }
    if (!u_isalpha(c)) letters_only = false;
    word.append(c);
  }
  flush();
  return count;
}

}  // namespace

std::string FromTcvn3(std::string_view text) {
  const auto& table = Tcvn3Table();
  std::vector<char32_t> cps = DecodeLoose(text);
  for (char32_t& c : cps) {
    if (c < 256) c = table[c];
  }
  return NfcUtf8(ToUnicode(cps));
}

std::string FromVni(std::string_view text) {
  std::vector<char32_t> cps = DecodeLoose(text);
  icu::UnicodeString out;
  char32_t previous = 0;
  for (char32_t c : cps) {
    char32_t produced = c;
    bool handled = false;
    if (c >= 0xC0 && c <= 0xFF) {
      if (IsVowelBase(previous)) {
        for (const VniMark& m : kVniMarks) {
          if (c == m.lower || c == m.upper) {
            out.append(icu::UnicodeString(m.combining));
            handled = true;
            break;
          }
        }
      }
      if (!handled) {
        for (const VniLetter& l : kVniLetters) {
          if (c == l.byte) {
            produced = l.cp;
            break;
          }
        }
      }
    }
    if (handled) {
      previous = 0;  // one mark byte per letter
      continue;
    }
    out.append(static_cast<UChar32>(produced));
    previous = produced;
  }
  return NfcUtf8(out);
}

LegacyEncoding DetectLegacy(std::string_view utf8) {
  std::vector<char32_t> cps = DecodeLoose(utf8);
  bool high_latin1 = false;
  for (char32_t c : cps) {
    if (IsVietnameseBeyondLatin1(c)) return LegacyEncoding::kNone;
    if (c >= 0xA0 && c <= 0xFF) high_latin1 = true;
  }
  if (!high_latin1) return LegacyEncoding::kNone;
  // Each reading is scored by how many words become real syllables; the text is converted only
  // when one reading is clearly better than taking it as it is (short Latin-1 words such as
  // "Hà" or "Lê" read correctly both ways).
  int as_is = CountSyllables(ToUnicode(cps));
  std::string tcvn3 = FromTcvn3(utf8);
  std::string vni = FromVni(utf8);
  auto score = [](const std::string& s) {
    return CountSyllables(
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))));
  };
  int as_tcvn3 = score(tcvn3);
  int as_vni = score(vni);
  if (as_tcvn3 > as_is && as_tcvn3 >= as_vni) return LegacyEncoding::kTcvn3;
  if (as_vni > as_is) return LegacyEncoding::kVni;
  return LegacyEncoding::kNone;
}

}  // namespace daihoi::text
