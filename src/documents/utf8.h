#pragma once
// UTF-8 helpers of the documents module (internal): decoding, Vietnamese lower case without ICU
// (the module is pure and must be fast over a million comments), words and folding with a map
// back to the original bytes.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace daihoi::documents::detail {

bool ValidUtf8(std::string_view text);
// Decodes the code point at `pos` and advances it; an invalid byte reads as U+FFFD.
char32_t Decode(std::string_view text, size_t& pos);
void Append(std::string& out, char32_t c);

// Lower case of Latin letters including every Vietnamese one (Ă Â Đ Ê Ô Ơ Ư and the tone
// marks of Latin Extended Additional); other code points unchanged.
char32_t Lower(char32_t c);
bool IsUpper(char32_t c);  // Lower(c) != c
bool IsLower(char32_t c);  // the lower case of some IsUpper letter
// Letters and digits of the scripts we meet; everything else (ASCII punctuation, white space,
// general punctuation such as “ ” – …) separates words.
bool IsWordChar(char32_t c);
size_t CodePoints(std::string_view text);

// Trims and collapses runs of white space to one space.
std::string CollapseSpace(std::string_view text);
// Words split on white space (not on punctuation).
std::vector<std::string> SplitSpace(std::string_view text);

// A text lower-cased with white space collapsed, and for each byte of it the offset of the
// original byte it came from (offsets.size() == text.size() + 1: the last is the original end).
struct Folded {
  std::string text;
  std::vector<size_t> offsets;
};
Folded FoldWithMap(std::string_view original);
std::string FoldSpaceCase(std::string_view text);  // FoldWithMap(text).text

// A heading compared across versions: NormalizeComment without a leading numbering ("II.",
// "1.2.", "a)", "Phần thứ hai:" stays, it is words).
std::string HeadingKey(std::string_view heading);
// A numbering token at the start of a heading: "I." "IV." "1." "1.2." "1.2.3" "a)" → true.
bool IsNumberingToken(std::string_view word);

}  // namespace daihoi::documents::detail
