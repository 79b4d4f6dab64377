// The diff between two versions of a document (documents.h).
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "documents/documents.h"
#include "documents/utf8.h"

namespace daihoi::documents {

namespace {

// Pairs (i, j) of a longest common subsequence of a and b under `same`, in order.
template <class T, class Same>
std::vector<std::pair<size_t, size_t>> Lcs(const std::vector<T>& a, const std::vector<T>& b,
                                           Same same) {
  const size_t n = a.size();
  const size_t m = b.size();
  std::vector<std::vector<int>> length(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      length[i][j] = same(a[i], b[j]) ? length[i + 1][j + 1] + 1
                                      : std::max(length[i + 1][j], length[i][j + 1]);
    }
  }
  std::vector<std::pair<size_t, size_t>> pairs;
  size_t i = 0;
  size_t j = 0;
  while (i < n && j < m) {
    if (same(a[i], b[j])) {
      pairs.emplace_back(i, j);
      ++i;
      ++j;
    } else if (length[i + 1][j] >= length[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return pairs;
}

double WordJaccard(const std::string& a, const std::string& b) {
  const std::vector<std::string> wa = detail::SplitSpace(NormalizeComment(a));
  const std::vector<std::string> wb = detail::SplitSpace(NormalizeComment(b));
  const std::set<std::string> sa(wa.begin(), wa.end());
  const std::set<std::string> sb(wb.begin(), wb.end());
  if (sa.empty() && sb.empty()) return 1.0;
  size_t common = 0;
  for (const std::string& word : sa) common += sb.count(word);
  return static_cast<double>(common) / static_cast<double>(sa.size() + sb.size() - common);
}

ParagraphDiff Added(const Paragraph& paragraph) {
  ParagraphDiff diff;
  diff.change = Change::kAdded;
  diff.new_key = paragraph.key;
  diff.new_text = paragraph.text;
  return diff;
}

ParagraphDiff Removed(const Paragraph& paragraph) {
  ParagraphDiff diff;
  diff.change = Change::kRemoved;
  diff.old_key = paragraph.key;
  diff.old_text = paragraph.text;
  return diff;
}

// The paragraphs between two matched ones: pairs in order whose words are similar enough are
// "changed"; the rest removed (before) and added.
void DiffGap(const std::vector<Paragraph>& old_gap, const std::vector<Paragraph>& new_gap,
             double similarity, std::vector<ParagraphDiff>& out) {
  size_t next_new = 0;
  for (const Paragraph& old_paragraph : old_gap) {
    size_t best = new_gap.size();
    double best_score = similarity;
    for (size_t j = next_new; j < new_gap.size(); ++j) {
      const double score = WordJaccard(old_paragraph.text, new_gap[j].text);
      if (score >= best_score && (best == new_gap.size() || score > best_score)) {
        best = j;
        best_score = score;
      }
    }
    if (best == new_gap.size()) {
      out.push_back(Removed(old_paragraph));
      continue;
    }
    for (; next_new < best; ++next_new) out.push_back(Added(new_gap[next_new]));
    ParagraphDiff changed;
    changed.change = Change::kChanged;
    changed.old_key = old_paragraph.key;
    changed.new_key = new_gap[best].key;
    changed.old_text = old_paragraph.text;
    changed.new_text = new_gap[best].text;
    changed.words = DiffWords(old_paragraph.text, new_gap[best].text);
    out.push_back(std::move(changed));
    next_new = best + 1;
  }
  for (; next_new < new_gap.size(); ++next_new) out.push_back(Added(new_gap[next_new]));
}

SectionDiff DiffSection(const Section* old_section, const Section* new_section, double similarity) {
  SectionDiff diff;
  static const std::vector<Paragraph> kNone;
  const std::vector<Paragraph>& old_paragraphs = old_section ? old_section->paragraphs : kNone;
  const std::vector<Paragraph>& new_paragraphs = new_section ? new_section->paragraphs : kNone;
  if (old_section) {
    diff.old_ordinal = old_section->ordinal;
    diff.old_heading = old_section->heading;
  }
  if (new_section) {
    diff.new_ordinal = new_section->ordinal;
    diff.new_heading = new_section->heading;
  }
  const auto pairs = Lcs(old_paragraphs, new_paragraphs,
                         [](const Paragraph& a, const Paragraph& b) { return a.text == b.text; });
  size_t old_at = 0;
  size_t new_at = 0;
  const auto gap = [&](size_t old_end, size_t new_end) {
    DiffGap({old_paragraphs.begin() + old_at, old_paragraphs.begin() + old_end},
            {new_paragraphs.begin() + new_at, new_paragraphs.begin() + new_end}, similarity,
            diff.paragraphs);
  };
  for (const auto& [i, j] : pairs) {
    gap(i, j);
    ParagraphDiff same;
    same.old_key = old_paragraphs[i].key;
    same.new_key = new_paragraphs[j].key;
    same.old_text = old_paragraphs[i].text;
    same.new_text = new_paragraphs[j].text;
    diff.paragraphs.push_back(std::move(same));
    old_at = i + 1;
    new_at = j + 1;
  }
  gap(old_paragraphs.size(), new_paragraphs.size());
  if (!old_section) {
    diff.change = Change::kAdded;
  } else if (!new_section) {
    diff.change = Change::kRemoved;
  } else {
    bool changed = old_section->heading != new_section->heading;
    for (const ParagraphDiff& paragraph : diff.paragraphs) {
      if (paragraph.change != Change::kUnchanged) changed = true;
    }
    diff.change = changed ? Change::kChanged : Change::kUnchanged;
  }
  return diff;
}

// How much two sections look like one: paragraphs with the same text, plus one when most of
// the heading's words are shared. 0: unrelated.
int SectionAffinity(const Section& a, const Section& b) {
  int score = 0;
  for (const Paragraph& pa : a.paragraphs) {
    for (const Paragraph& pb : b.paragraphs) {
      if (pa.text == pb.text) {
        ++score;
        break;
      }
    }
  }
  if (!a.heading.empty() && WordJaccard(a.heading, b.heading) >= 0.5) ++score;
  return score;
}

}  // namespace

std::vector<WordDiff> DiffWords(std::string_view old_text, std::string_view new_text) {
  const std::vector<std::string> a = detail::SplitSpace(old_text);
  const std::vector<std::string> b = detail::SplitSpace(new_text);
  const auto pairs = Lcs(a, b, [](const std::string& x, const std::string& y) { return x == y; });
  std::vector<WordDiff> out;
  const auto emit = [&](WordDiff::Op op, const std::string& word) {
    if (!out.empty() && out.back().op == op) {
      out.back().text += ' ';
      out.back().text += word;
    } else {
      out.push_back(WordDiff{op, word});
    }
  };
  size_t i = 0;
  size_t j = 0;
  for (const auto& [pi, pj] : pairs) {
    for (; i < pi; ++i) emit(WordDiff::Op::kDeleted, a[i]);
    for (; j < pj; ++j) emit(WordDiff::Op::kInserted, b[j]);
    emit(WordDiff::Op::kSame, a[pi]);
    i = pi + 1;
    j = pj + 1;
  }
  for (; i < a.size(); ++i) emit(WordDiff::Op::kDeleted, a[i]);
  for (; j < b.size(); ++j) emit(WordDiff::Op::kInserted, b[j]);
  return out;
}

ContentDiff Diff(const Content& old_content, const Content& new_content,
                 double changed_similarity) {
  const Content old_numbered = Numbered(old_content);
  const Content new_numbered = Numbered(new_content);
  const auto& old_sections = old_numbered.sections;
  const auto& new_sections = new_numbered.sections;
  std::vector<std::string> old_keys;
  std::vector<std::string> new_keys;
  for (const Section& section : old_sections)
    old_keys.push_back(detail::HeadingKey(section.heading));
  for (const Section& section : new_sections)
    new_keys.push_back(detail::HeadingKey(section.heading));
  const auto pairs =
      Lcs(old_keys, new_keys, [](const std::string& a, const std::string& b) { return a == b; });

  ContentDiff diff;
  size_t old_at = 0;
  size_t new_at = 0;
  // Sections left between two matched headings: paired first where they share paragraphs or
  // most heading words (the most such pairs, in order), then in order (a renamed heading).
  const auto in_order = [&](size_t old_end, size_t new_end) {
    while (old_at < old_end && new_at < new_end) {
      diff.sections.push_back(
          DiffSection(&old_sections[old_at++], &new_sections[new_at++], changed_similarity));
    }
    while (old_at < old_end) {
      diff.sections.push_back(DiffSection(&old_sections[old_at++], nullptr, changed_similarity));
    }
    while (new_at < new_end) {
      diff.sections.push_back(DiffSection(nullptr, &new_sections[new_at++], changed_similarity));
    }
  };
  const auto gap = [&](size_t old_end, size_t new_end) {
    const size_t n = old_end - old_at;
    const size_t m = new_end - new_at;
    std::vector<std::vector<int>> score(n, std::vector<int>(m, 0));
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = 0; j < m; ++j) {
        score[i][j] = SectionAffinity(old_sections[old_at + i], new_sections[new_at + j]);
      }
    }
    std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        best[i][j] = std::max(best[i + 1][j], best[i][j + 1]);
        if (score[i][j] > 0) best[i][j] = std::max(best[i][j], score[i][j] + best[i + 1][j + 1]);
      }
    }
    std::vector<std::pair<size_t, size_t>> matched;
    for (size_t i = 0, j = 0; i < n && j < m;) {
      if (score[i][j] > 0 && best[i][j] == score[i][j] + best[i + 1][j + 1]) {
        matched.emplace_back(old_at + i, new_at + j);
        ++i;
        ++j;
      } else if (best[i][j] == best[i + 1][j]) {
        ++i;
      } else {
        ++j;
      }
    }
    for (const auto& [i, j] : matched) {
      in_order(i, j);
      diff.sections.push_back(DiffSection(&old_sections[i], &new_sections[j], changed_similarity));
      old_at = i + 1;
      new_at = j + 1;
    }
    in_order(old_end, new_end);
  };
  for (const auto& [i, j] : pairs) {
    gap(i, j);
    diff.sections.push_back(DiffSection(&old_sections[i], &new_sections[j], changed_similarity));
    old_at = i + 1;
    new_at = j + 1;
  }
  gap(old_sections.size(), new_sections.size());
  for (const SectionDiff& section : diff.sections) {
    if (section.change == Change::kAdded) ++diff.sections_added;
    if (section.change == Change::kRemoved) ++diff.sections_removed;
    for (const ParagraphDiff& paragraph : section.paragraphs) {
      if (paragraph.change == Change::kAdded) ++diff.paragraphs_added;
      if (paragraph.change == Change::kRemoved) ++diff.paragraphs_removed;
      if (paragraph.change == Change::kChanged) ++diff.paragraphs_changed;
    }
  }
  return diff;
}

}  // namespace daihoi::documents
