// Comment anchors and their re-anchoring on a new version (documents.h).
#include <algorithm>
#include <string>
#include <vector>

#include "documents/documents.h"
#include "documents/utf8.h"

namespace daihoi::documents {

namespace {

struct Match {
  const Section* section = nullptr;
  const Paragraph* paragraph = nullptr;
  size_t begin = 0;  // bytes of the paragraph's text
  size_t end = 0;
};

// Occurrences of `quote` in the section's paragraphs: exactly, or (fuzzy) ignoring case and
// white space.
void FindIn(const Section& section, std::string_view quote, bool fuzzy, std::vector<Match>& out) {
  const std::string folded_quote = fuzzy ? detail::FoldSpaceCase(quote) : std::string();
  for (const Paragraph& paragraph : section.paragraphs) {
    if (!fuzzy) {
      for (size_t at = paragraph.text.find(quote); at != std::string::npos;
           at = paragraph.text.find(quote, at + 1)) {
        out.push_back(Match{&section, &paragraph, at, at + quote.size()});
      }
      continue;
    }
    if (folded_quote.empty()) continue;
    const detail::Folded folded = detail::FoldWithMap(paragraph.text);
    for (size_t at = folded.text.find(folded_quote); at != std::string::npos;
         at = folded.text.find(folded_quote, at + 1)) {
      out.push_back(Match{&section, &paragraph, folded.offsets[at],
                          folded.offsets[at + folded_quote.size()]});
    }
  }
}

std::string LastWords(std::string_view text, int count) {
  const std::vector<std::string> words = detail::SplitSpace(text);
  std::string out;
  for (size_t i = words.size() > static_cast<size_t>(count) ? words.size() - count : 0;
       i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

std::string FirstWords(std::string_view text, int count) {
  const std::vector<std::string> words = detail::SplitSpace(text);
  std::string out;
  for (size_t i = 0; i < words.size() && i < static_cast<size_t>(count); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

Anchor AnchorOf(const Match& match) {
  Anchor anchor;
  anchor.section_ordinal = match.section->ordinal;
  anchor.section_heading = match.section->heading;
  anchor.paragraph_key = match.paragraph->key;
  const std::string& text = match.paragraph->text;
  anchor.quote = detail::CollapseSpace(text.substr(match.begin, match.end - match.begin));
  anchor.before = LastWords(std::string_view(text).substr(0, match.begin), kContextWords);
  anchor.after = FirstWords(std::string_view(text).substr(match.end), kContextWords);
  return anchor;
}

// How many context words agree, nearest the quote first.
int ContextScore(const Anchor& old_anchor, const Anchor& candidate) {
  const auto before_old = detail::SplitSpace(detail::FoldSpaceCase(old_anchor.before));
  const auto before_new = detail::SplitSpace(detail::FoldSpaceCase(candidate.before));
  const auto after_old = detail::SplitSpace(detail::FoldSpaceCase(old_anchor.after));
  const auto after_new = detail::SplitSpace(detail::FoldSpaceCase(candidate.after));
  int score = 0;
  for (size_t i = 0; i < before_old.size() && i < before_new.size(); ++i) {
    if (before_old[before_old.size() - 1 - i] != before_new[before_new.size() - 1 - i]) break;
    ++score;
  }
  for (size_t i = 0; i < after_old.size() && i < after_new.size(); ++i) {
    if (after_old[i] != after_new[i]) break;
    ++score;
  }
  return score;
}

}  // namespace

Result<Anchor> MakeAnchor(const Content& content, int section_ordinal, std::string_view quote,
                          int occurrence) {
  const std::string collapsed = detail::CollapseSpace(quote);
  if (section_ordinal == 0) {
    if (!collapsed.empty()) {
      return InvalidInput("trích dẫn phải thuộc một phần của văn bản (a quote needs a section)",
                          "section");
    }
    return Anchor{};
  }
  const Section* section = FindSection(content, section_ordinal);
  if (!section) {
    return InvalidInput(
        "không có phần " + std::to_string(section_ordinal) + " trong dự thảo (no such section)",
        "section");
  }
  Anchor anchor;
  anchor.section_ordinal = section->ordinal;
  anchor.section_heading = section->heading;
  if (collapsed.empty()) return anchor;
  std::vector<Match> matches;
  FindIn(*section, collapsed, false, matches);
  if (matches.empty()) FindIn(*section, collapsed, true, matches);
  if (matches.empty()) {
    return InvalidInput("đoạn trích không có trong phần " + std::to_string(section_ordinal) +
                            " (the quote is not in the section)",
                        "quote");
  }
  if (occurrence < 0 || static_cast<size_t>(occurrence) >= matches.size()) {
    return InvalidInput(
        "đoạn trích chỉ xuất hiện " + std::to_string(matches.size()) + " lần (no such occurrence)",
        "quote");
  }
  return AnchorOf(matches[occurrence]);
}

Reanchored Reanchor(const Anchor& anchor, const Content& new_content) {
  Reanchored result;
  result.anchor = anchor;
  result.old_section_ordinal = anchor.section_ordinal;
  if (anchor.section_ordinal == 0 && anchor.quote.empty()) {
    result.state = AnchorState::kExact;
    return result;
  }
  if (anchor.quote.empty()) {
    for (const Section& section : new_content.sections) {
      if (section.heading == anchor.section_heading) {
        result.anchor.section_ordinal = section.ordinal;
        result.state = AnchorState::kExact;
        return result;
      }
    }
    const std::string key = detail::HeadingKey(anchor.section_heading);
    for (const Section& section : new_content.sections) {
      if (!key.empty() && detail::HeadingKey(section.heading) == key) {
        result.anchor.section_ordinal = section.ordinal;
        result.anchor.section_heading = section.heading;
        result.state = AnchorState::kFuzzy;
        return result;
      }
    }
    result.state = AnchorState::kOrphaned;
    return result;
  }
  for (bool fuzzy : {false, true}) {
    std::vector<Match> matches;
    for (const Section& section : new_content.sections) {
      FindIn(section, anchor.quote, fuzzy, matches);
    }
    if (matches.empty()) continue;
    const std::string old_key = detail::HeadingKey(anchor.section_heading);
    int best_score = -1;
    Anchor best;
    for (const Match& match : matches) {
      Anchor candidate = AnchorOf(match);
      // Context first (two points a word), then the same section.
      int score = 2 * ContextScore(anchor, candidate);
      if (detail::HeadingKey(match.section->heading) == old_key) score += 1;
      if (score > best_score) {
        best_score = score;
        best = std::move(candidate);
      }
    }
    result.anchor = std::move(best);
    result.state = fuzzy ? AnchorState::kFuzzy : AnchorState::kExact;
    return result;
  }
  result.state = AnchorState::kOrphaned;
  return result;
}

}  // namespace daihoi::documents
