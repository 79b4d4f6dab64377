// Import of a version's text from Markdown and plain text (documents.h).
#include <string>
#include <vector>

#include "documents/documents.h"
#include "documents/utf8.h"

namespace daihoi::documents {

namespace {

std::vector<std::string_view> Lines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // byte order mark
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool Blank(std::string_view line) { return Trim(line).empty(); }

Error BadText(const std::string& message) { return InvalidInput(message, "text"); }

Result<Content> Finish(Content content) {
  content = Numbered(std::move(content));
  std::vector<Section> kept;
  for (Section& section : content.sections) {
    // Text before the first heading is kept only when there is some.
    if (section.heading.empty() && section.paragraphs.empty()) continue;
    kept.push_back(std::move(section));
  }
  content.sections = std::move(kept);
  content = Numbered(std::move(content));
  if (content.sections.empty()) {
    return BadText("văn bản không có nội dung (the text has no heading and no paragraph)");
  }
  return content;
}

// A Markdown list item marker at the start of a trimmed line: "- ", "* ", "+ ", "1. ", "1) ".
size_t ListMarker(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    return 2;
  }
  size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      line[digits + 1] == ' ') {
    return 0;  // numbered items keep their number as text, but start a paragraph
  }
  return std::string::npos;
}

bool IsRule(std::string_view line) {
  line = Trim(line);
  if (line.size() < 3) return false;
  const char mark = line[0];
  if (mark != '-' && mark != '*' && mark != '_') return false;
  for (char ch : line) {
    if (ch != mark && ch != ' ') return false;
  }
  return true;
}

bool AllOf(std::string_view line, char mark) {
  line = Trim(line);
  if (line.empty()) return false;
  for (char ch : line) {
    if (ch != mark) return false;
  }
  return true;
}

}  // namespace

Result<Content> ParseMarkdown(std::string_view text) {
  if (!detail::ValidUtf8(text)) return BadText("văn bản không phải UTF-8 (the text is not UTF-8)");
  const std::vector<std::string_view> lines = Lines(text);
  Content content;
  content.sections.push_back(Section{});  // text before any heading
  std::string paragraph;
  int paragraph_lines = 0;
  const auto flush = [&] {
    if (!Trim(paragraph).empty()) {
      content.sections.back().paragraphs.push_back(Paragraph{0, "", paragraph});
    }
    paragraph.clear();
    paragraph_lines = 0;
  };
  const auto heading = [&](std::string heading_text, int level) {
    flush();
    Section section;
    section.heading = std::move(heading_text);
    section.level = level;
    content.sections.push_back(std::move(section));
  };
  bool in_fence = false;
  for (size_t index = 0; index < lines.size(); ++index) {
    std::string_view line = lines[index];
    std::string_view trimmed = Trim(line);
    if (trimmed.substr(0, 3) == "```" || trimmed.substr(0, 3) == "~~~") {
      flush();
      in_fence = !in_fence;
      continue;
    }
    if (in_fence) {
      if (Blank(line)) {
        flush();
      } else {
        if (!paragraph.empty()) paragraph += ' ';
        paragraph += trimmed;
        ++paragraph_lines;
      }
      continue;
    }
    if (Blank(line)) {
      flush();
      continue;
    }
    // ATX heading.
    size_t hashes = 0;
    while (hashes < trimmed.size() && trimmed[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && (hashes == trimmed.size() || trimmed[hashes] == ' ')) {
      std::string_view title = Trim(trimmed.substr(hashes));
      while (!title.empty() && title.back() == '#') title.remove_suffix(1);
      heading(std::string(Trim(title)), hashes > 3 ? 3 : static_cast<int>(hashes));
      continue;
    }
    // Setext heading: the paragraph so far (one line) underlined with === or ---.
    if (paragraph_lines == 1 && (AllOf(line, '=') || AllOf(line, '-'))) {
      std::string title = paragraph;
      paragraph.clear();
      paragraph_lines = 0;
      heading(title, AllOf(line, '=') ? 1 : 2);
      continue;
    }
    if (paragraph.empty() && IsRule(line)) continue;
    if (trimmed.front() == '>') {
      trimmed = Trim(trimmed.substr(1));
      if (trimmed.empty()) {
        flush();
        continue;
      }
    }
    const size_t marker = ListMarker(trimmed);
    if (marker != std::string::npos) {
      flush();
      trimmed = Trim(trimmed.substr(marker));
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += trimmed;
    ++paragraph_lines;
  }
  flush();
  return Finish(std::move(content));
}

namespace {

// Roman numerals I..XXXIX as used for the parts of a report.
bool IsRoman(std::string_view word) {
  if (word.empty()) return false;
  for (char ch : word) {
    if (ch != 'I' && ch != 'V' && ch != 'X' && ch != 'L') return false;
  }
  return true;
}

bool IsDigits(std::string_view word) {
  if (word.empty()) return false;
  for (char ch : word) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

// The level of a numbered heading's first word, 0 when it is not a numbering:
// "I." → 1, "1." → 2, "1.1." or "1.1" → 3.
int NumberingLevel(std::string_view word) {
  if (word.size() < 2) return 0;
  std::string_view body = word;
  if (body.back() == '.' || body.back() == ')') body.remove_suffix(1);
  if (IsRoman(body) && word.back() == '.') return 1;
  if (IsDigits(body) && word.back() == '.') return 2;
  // 1.1 / 1.1.2
  size_t dots = 0;
  std::string part;
  for (char ch : body) {
    if (ch == '.') {
      if (!IsDigits(part)) return 0;
      part.clear();
      ++dots;
    } else {
      part += ch;
    }
  }
  if (dots >= 1 && IsDigits(part)) return 3;
  return 0;
}

// A line in capitals: at least two letters and no lower-case letter.
bool IsCapitals(std::string_view line) {
  int upper = 0;
  size_t pos = 0;
  while (pos < line.size()) {
    const char32_t c = detail::Decode(line, pos);
    if (detail::IsLower(c)) return false;
    if (detail::IsUpper(c)) ++upper;
  }
  return upper >= 2;
}

}  // namespace

Result<Content> ParsePlainText(std::string_view text) {
  if (!detail::ValidUtf8(text)) return BadText("văn bản không phải UTF-8 (the text is not UTF-8)");
  Content content;
  content.sections.push_back(Section{});
  for (std::string_view line : Lines(text)) {
    const std::string collapsed = detail::CollapseSpace(line);
    if (collapsed.empty()) continue;
    const std::vector<std::string> words = detail::SplitSpace(collapsed);
    const char last = collapsed.back();
    const bool short_line = words.size() <= 20 && last != '.' && last != ';' && last != ',';
    int level = 0;
    if (short_line) level = NumberingLevel(words.front());
    if (level == 0 && words.size() <= 40 && IsCapitals(collapsed)) level = 1;
    if (level > 0) {
      Section section;
      section.heading = collapsed;
      section.level = level;
      content.sections.push_back(std::move(section));
    } else {
      content.sections.back().paragraphs.push_back(Paragraph{0, "", collapsed});
    }
  }
  return Finish(std::move(content));
}

namespace detail {

bool IsNumberingToken(std::string_view word) {
  if (NumberingLevel(word) > 0) return true;
  // "a)", "b." as in lists of items.
  return word.size() == 2 && (word[1] == ')' || word[1] == '.') && word[0] >= 'a' && word[0] <= 'z';
}

}  // namespace detail

}  // namespace daihoi::documents
