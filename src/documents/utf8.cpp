// UTF-8 helpers of the documents module (utf8.h).
#include "documents/utf8.h"

namespace daihoi::documents::detail {

char32_t Decode(std::string_view text, size_t& pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char first = byte(pos);
  if (first < 0x80) {
    ++pos;
    return first;
  }
  int length = 0;
  char32_t c = 0;
  if ((first & 0xE0) == 0xC0) {
    length = 2;
    c = first & 0x1F;
  } else if ((first & 0xF0) == 0xE0) {
    length = 3;
    c = first & 0x0F;
  } else if ((first & 0xF8) == 0xF0) {
    length = 4;
    c = first & 0x07;
  } else {
    ++pos;
    return 0xFFFD;
  }
  if (pos + length > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  for (int i = 1; i < length; ++i) {
    const unsigned char next = byte(pos + i);
    if ((next & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    c = (c << 6) | (next & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kMin[length] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
    ++pos;
    return 0xFFFD;
  }
  pos += length;
  return c;
}

bool ValidUtf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t c = Decode(text, pos);
    // A literal U+FFFD is three bytes; an invalid sequence advances by one.
    if (c == 0xFFFD && pos - start != 3) return false;
  }
  return true;
}

void Append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

char32_t Lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  // Latin Extended-A: Ă Đ Ĩ Ũ and the rest, in upper/lower pairs.
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return (c % 2 == 0) ? c + 1 : c;
  if (c >= 0x139 && c <= 0x148) return (c % 2 == 1) ? c + 1 : c;
  if (c == 0x178) return 0xFF;
  if (c == 0x1A0) return 0x1A1;  // Ơ
  if (c == 0x1AF) return 0x1B0;  // Ư
  // Latin Extended Additional: Ạ ạ … Ỹ ỹ, the tone-marked Vietnamese letters.
  if (c >= 0x1E00 && c <= 0x1EFF) return (c % 2 == 0) ? c + 1 : c;
  return c;
}

bool IsUpper(char32_t c) { return Lower(c) != c; }

bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return Lower(c) == c && c > 0x100 && Lower(c - 1) == c;
  if (c == 0x1A1 || c == 0x1B0) return true;
  if (c >= 0x1E00 && c <= 0x1EFF) return c % 2 == 1;
  return false;
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;  // Latin-1 punctuation and signs
  if (c == 0xD7 || c == 0xF7) return false;                  // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return false;              // general punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;              // CJK punctuation
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return true;
}

size_t CodePoints(std::string_view text) {
  size_t count = 0;
  for (char ch : text) {
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++count;
  }
  return count;
}

namespace {
bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0xA0 ||
         c == 0x2009 || c == 0x200B || c == 0x202F || c == 0x3000 || c == 0xFEFF;
}
}  // namespace

std::string CollapseSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t c = Decode(text, pos);
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(start, pos - start));
  }
  return out;
}

std::vector<std::string> SplitSpace(std::string_view text) {
  std::vector<std::string> words;
  std::string collapsed = CollapseSpace(text);
  size_t start = 0;
  while (start < collapsed.size()) {
    size_t end = collapsed.find(' ', start);
    if (end == std::string::npos) end = collapsed.size();
    words.push_back(collapsed.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

Folded FoldWithMap(std::string_view original) {
  Folded folded;
  folded.text.reserve(original.size());
  folded.offsets.reserve(original.size() + 1);
  bool pending_space = false;
  size_t space_at = 0;
  size_t pos = 0;
  while (pos < original.size()) {
    const size_t start = pos;
    const char32_t c = Decode(original, pos);
    if (IsSpace(c)) {
      if (!pending_space) space_at = start;
      pending_space = !folded.text.empty();
      continue;
    }
    if (pending_space) {
      folded.text += ' ';
      folded.offsets.push_back(space_at);
    }
    pending_space = false;
    const size_t before = folded.text.size();
    Append(folded.text, Lower(c));
    for (size_t i = before; i < folded.text.size(); ++i) folded.offsets.push_back(start);
  }
  // The end maps to the end of the last kept character (trailing space dropped).
  size_t end = original.size();
  while (end > 0 && (original[end - 1] == ' ' || original[end - 1] == '\t' ||
                     original[end - 1] == '\n' || original[end - 1] == '\r')) {
    --end;
  }
  folded.offsets.push_back(end);
  return folded;
}

std::string FoldSpaceCase(std::string_view text) { return FoldWithMap(text).text; }

}  // namespace daihoi::documents::detail
