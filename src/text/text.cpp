#include "text/text.h"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <stdexcept>

namespace daihoi::text {
namespace {

icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC unavailable");
  return *nfc;
}

const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD unavailable");
  return *nfd;
}

// ICU collators are not thread-safe for concurrent use; each thread gets its own clone.
icu::Collator& VietnameseCollator() {
  static const std::unique_ptr<icu::Collator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU Vietnamese collation unavailable");
    return c;
  }();
  thread_local std::unique_ptr<icu::Collator> local(prototype->clone());
  return *local;
}

icu::UnicodeString NormalizeU(std::string_view utf8) {
  icu::UnicodeString u = FromUtf8(utf8);
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x00D0)),
                   icu::UnicodeString(static_cast<UChar>(0x0110)));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x00F0)),
                   icu::UnicodeString(static_cast<UChar>(0x0111)));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString n = Nfc().normalize(u, status);
  if (U_FAILURE(status)) return u;
  // Collapse white space (including NBSP) and trim.
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < n.length();) {
    UChar32 c = n.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || c == 0x00A0) {
      space = !out.isEmpty();
      continue;
    }
    if (space) out.append(static_cast<UChar>(' '));
    space = false;
    out.append(c);
  }
  return out;
}

}  // namespace

std::string Normalize(std::string_view utf8) { return ToUtf8(NormalizeU(utf8)); }

std::string Fold(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = Nfd().normalize(NormalizeU(utf8), status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0110 || c == 0x0111) c = 'd';
    out.append(static_cast<UChar32>(u_tolower(c)));
  }
  return ToUtf8(out);
}

std::string CollationKey(std::string_view utf8) {
  icu::UnicodeString u = FromUtf8(utf8);
  icu::Collator& coll = VietnameseCollator();
  int32_t size = coll.getSortKey(u, nullptr, 0);
  std::string key(static_cast<size_t>(size), '\0');
  coll.getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), size);
  if (!key.empty() && key.back() == '\0') key.pop_back();  // ICU appends a terminator
  return key;
}

int Compare(std::string_view a, std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult r = VietnameseCollator().compareUTF8(
      icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
      icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  return r == UCOL_LESS ? -1 : r == UCOL_GREATER ? 1 : 0;
}

NameParts SplitName(std::string_view full_name) {
  std::string n = Normalize(full_name);
  std::vector<std::string> words;
  size_t start = 0;
  while (start < n.size()) {
    size_t end = n.find(' ', start);
    if (end == std::string::npos) end = n.size();
    words.push_back(n.substr(start, end - start));
    start = end + 1;
  }
  NameParts parts;
  if (words.empty()) return parts;
  parts.given = words.back();
  if (words.size() >= 2) parts.family = words.front();
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (!parts.middle.empty()) parts.middle += ' ';
    parts.middle += words[i];
  }
  return parts;
}

std::string NameOrderKey(std::string_view full_name) {
  // One key over the reordered name, so a tone (a secondary difference) anywhere in the name
  // only decides between names that are equal letter for letter.
  NameParts p = SplitName(full_name);
  std::string reordered = p.given;
  for (const std::string* part : {&p.family, &p.middle}) {
    if (!part->empty()) reordered += " " + *part;
  }
  return CollationKey(reordered);
}

}  // namespace daihoi::text
