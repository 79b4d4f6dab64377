#pragma once
// Draft congress documents and the comments on them (GLOSSARY: văn kiện Document, dự thảo Draft,
// góp ý Comment, tổng hợp ý kiến CommentSynthesis, tiếp thu / giải trình accepted / explained).
// PURE: values in, values out; no I/O, no database, no JSON.
//
// A document of a congress (political report, review report, other) has versions; the text of a
// version is a list of sections, each a heading and its paragraphs. A paragraph is addressed by
// a stable key "S.P" (section ordinal, paragraph ordinal, both from 1), so a comment can point at
// it and a printed synthesis can cite it.
//
// Where to start: ParseMarkdown / ParsePlainText (import), Diff (two versions), MakeAnchor and
// Reanchor (comments that survive a new version), GroupComments (the synthesis: 10,000 copies of
// one opinion read as one group with its count).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace daihoi::documents {

// ---------------------------------------------------------------------------------------------
// Words of the domain.

enum class DocumentKind { kPoliticalReport, kReviewReport, kOther };
// "political_report", "review_report", "other" and back (nullopt for an unknown word).
const char* ToString(DocumentKind kind);
std::optional<DocumentKind> ParseDocumentKind(std::string_view text);
// "Báo cáo chính trị", "Báo cáo kiểm điểm", "Văn kiện khác".
const char* DocumentKindLabel(DocumentKind kind);

// A version is a draft while it is edited, published once sent out for comment, superseded
// when a later version of the same document is published.
enum class VersionStatus { kDraft, kPublished, kSuperseded };
const char* ToString(VersionStatus status);  // "draft", "published", "superseded"
std::optional<VersionStatus> ParseVersionStatus(std::string_view text);
const char* VersionStatusLabel(VersionStatus status);  // "Dự thảo", "Đã công bố", "Đã thay thế"

// Who gave a comment: a subordinate unit (entered by its clerk, maybe for a whole meeting), a
// citizen (on the public page, or a letter entered by staff), a former leader (cán bộ lão thành,
// nguyên lãnh đạo, entered by the documents subcommittee).
enum class CommentSource { kUnit, kCitizen, kFormerLeader };
const char* ToString(CommentSource source);  // "unit", "citizen", "former_leader"
std::optional<CommentSource> ParseCommentSource(std::string_view text);
const char* CommentSourceLabel(CommentSource source);  // "Đơn vị", "Nhân dân", "Nguyên lãnh đạo"

// Moderation of a comment: public comments start pending; shown ones enter the synthesis.
enum class CommentStatus { kPending, kShown, kHidden };
const char* ToString(CommentStatus status);  // "pending", "shown", "hidden"
std::optional<CommentStatus> ParseCommentStatus(std::string_view text);
const char* CommentStatusLabel(CommentStatus status);  // "Chờ duyệt", "Hiển thị", "Đã ẩn"

// What the documents subcommittee did with a comment (or a group of comments).
enum class Disposition { kAccepted, kExplained, kNotAccepted };
const char* ToString(Disposition disposition);  // "accepted", "explained", "not_accepted"
std::optional<Disposition> ParseDisposition(std::string_view text);
const char* DispositionLabel(
    Disposition disposition);  // "Tiếp thu", "Giải trình", "Không tiếp thu"

// ---------------------------------------------------------------------------------------------
// The text of a version.

struct Paragraph {
  int ordinal = 0;   // 1, 2, … within its section
  std::string key;   // "S.P": ParagraphKey(section ordinal, ordinal)
  std::string text;  // one paragraph, white space collapsed
};

struct Section {
  int ordinal = 0;  // 1, 2, … in the document
  std::string heading;  // "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT …"; empty for text before any heading
  int level = 1;  // 1 for a top heading, 2 and 3 below it
  std::vector<Paragraph> paragraphs;
};

// Invariants (Numbered() makes them hold): sections are numbered 1..n in order, paragraphs 1..m
// in each section, every key is ParagraphKey(section, paragraph).
struct Content {
  std::vector<Section> sections;
};

std::string ParagraphKey(int section_ordinal, int paragraph_ordinal);  // "3.2"
// Renumbers sections and paragraphs and sets the keys; drops empty paragraphs.
Content Numbered(Content content);
// The section with that ordinal, nullptr when there is none.
const Section* FindSection(const Content& content, int ordinal);
// Number of paragraphs over all sections.
int64_t ParagraphCount(const Content& content);

// ---------------------------------------------------------------------------------------------
// Import (pure functions over a string; the .docx reader is an adapter in report/).

// Markdown: ATX headings ("#", "##", "###"; deeper ones count as level 3) start sections;
// paragraphs are runs of non-blank lines (a list item is a paragraph of its own); emphasis
// markers are kept as text. kInvalidInput (field "text") for invalid UTF-8 or a text with no
// paragraph and no heading.
Result<Content> ParseMarkdown(std::string_view text);
// Plain text: a line in capitals ("PHẦN THỨ NHẤT", "KẾT QUẢ …") or numbered as a heading
// ("I. …", "II. …" level 1; "1. …" level 2; "1.1. …" level 3; a numbered line is a heading only
// when it is short — at most 20 words — and does not end in '.' or ';') starts a section; every
// other non-blank line is a paragraph. Same errors as ParseMarkdown.
Result<Content> ParsePlainText(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Diff between two versions.

enum class Change { kUnchanged, kAdded, kRemoved, kChanged };
const char* ToString(Change change);  // "unchanged", "added", "removed", "changed"

struct WordDiff {
  enum class Op { kSame, kInserted, kDeleted };
  Op op = Op::kSame;
  std::string text;  // one or more words, joined by single spaces
};

struct ParagraphDiff {
  Change change = Change::kUnchanged;
  std::string old_key;  // empty when added
  std::string new_key;  // empty when removed
  std::string old_text;
  std::string new_text;
  std::vector<WordDiff> words;  // for kChanged only: the word-level diff old → new
};

struct SectionDiff {
  Change change = Change::kUnchanged;  // kChanged when the heading or any paragraph changed
  int old_ordinal = 0;                 // 0 when added
  int new_ordinal = 0;                 // 0 when removed
  std::string old_heading;
  std::string new_heading;
  std::vector<ParagraphDiff> paragraphs;  // every paragraph, unchanged ones included, in order
};

struct ContentDiff {
  std::vector<SectionDiff> sections;  // in the new version's order, removed ones where they were
  int paragraphs_added = 0;
  int paragraphs_removed = 0;
  int paragraphs_changed = 0;
  int sections_added = 0;
  int sections_removed = 0;
};

// Sections are matched by heading (ignoring case, white space and the numbering prefix, in
// order); sections left unmatched between two matched ones are paired where they share
// paragraphs or most heading words, the rest in order (a renamed heading). Paragraphs are matched
// by a longest common subsequence of their texts; an unmatched old and new paragraph in the same
// gap are "changed" when they share at least `changed_similarity` of their words (Jaccard), else
// "removed" and "added".
ContentDiff Diff(const Content& old_content, const Content& new_content,
                 double changed_similarity = 0.4);

// The word-level diff of two texts (longest common subsequence of words).
std::vector<WordDiff> DiffWords(std::string_view old_text, std::string_view new_text);

// ---------------------------------------------------------------------------------------------
// Comment anchors.

// Where a comment points: a whole section (quote empty), or a quoted range of a paragraph of a
// section with a few words of context before and after it (to tell repeated phrases apart and to
// find the quote again in a later version).
struct Anchor {
  int section_ordinal = 0;      // from 1; 0: the whole document (quote empty then)
  std::string paragraph_key;    // "S.P" of the paragraph holding the quote; empty for a section
  std::string quote;            // empty: the whole section
  std::string before;           // up to kContextWords words before the quote in its paragraph
  std::string after;            // up to kContextWords words after it
  std::string section_heading;  // the heading when the anchor was made (to find the section again)
};
inline constexpr int kContextWords = 5;

// An anchor on `content`: the section must exist (0: the whole document, without a quote); a
// non-empty quote must occur in it (exactly, else ignoring case and white space); when it occurs
// more than once, `occurrence` (from 0) picks which. Fills paragraph_key, context and heading, and
// the quote as the section's text has it. kInvalidInput naming "section" or "quote".
Result<Anchor> MakeAnchor(const Content& content, int section_ordinal, std::string_view quote,
                          int occurrence = 0);

enum class AnchorState {
  kExact,     // the quote (or the section's heading) found unchanged
  kFuzzy,     // found ignoring case and white space (the heading: also its numbering)
  kOrphaned,  // the text no longer exists: the comment keeps its old section
};
const char* ToString(AnchorState state);  // "exact", "fuzzy", "orphaned"

struct Reanchored {
  Anchor anchor;  // on the new content; an orphaned anchor is the old one unchanged
  AnchorState state = AnchorState::kExact;
  int old_section_ordinal = 0;
};

// Finds an anchor made on an earlier version in `new_content`. A quote is searched exactly
// first, then ignoring case and white space; among several occurrences the one whose context
// matches best wins, then the one in the section with the old heading, then the first. A
// section anchor follows its heading: exact, then ignoring case, white space, punctuation and
// the numbering ("II." → "III."), else it is orphaned. A whole-document anchor stays exact.
Reanchored Reanchor(const Anchor& anchor, const Content& new_content);

// ---------------------------------------------------------------------------------------------
// Synthesis: near-duplicate grouping.

// The key two comments are compared on: lower case (Vietnamese letters included, diacritics
// KEPT: "ma" and "mà" are different words), punctuation turned into spaces, white space
// collapsed, trimmed. Input is NFC (text::Normalize at the edge).
std::string NormalizeComment(std::string_view text);

// Parameters of the near-duplicate grouping (parameters, not constants).
struct GroupingParams {
  // Two comments are near-duplicates when the Jaccard similarity of their sets of word
  // shingles, as estimated by MinHash, is at least this.
  double similarity_threshold = 0.6;
  int shingle_words = 2;  // words per shingle (a text shorter than that is one shingle)
  // LSH: bands × rows MinHash values per text; a pair is a candidate when one band is equal.
  // 20 × 4: a pair at similarity 0.6 becomes a candidate with probability 1-(1-0.6^4)^20 ≈ 0.93.
  int bands = 20;
  int rows = 4;
  bool within_section = true;  // only comments on the same section are grouped together
};

struct GroupingInput {
  int64_t id = 0;           // the caller's comment id
  int section_ordinal = 0;  // 0: the comment is on the whole document
  std::string text;
};

struct Group {
  int64_t representative = 0;    // the id of the member listed for the group (the first given)
  int section_ordinal = 0;       // the representative's
  std::vector<int64_t> members;  // ids in input order, the representative first
};

// Groups of near-duplicates; every input is in exactly one group (most in groups of one).
// Comments with equal NormalizeComment keys are grouped first; the distinct keys are then
// compared by MinHash/LSH over word shingles: a candidate pair sharing a band joins when its
// estimated similarity reaches the threshold (union-find, so near-duplicates chain). Groups are
// ordered by size, largest first, then by their representative's position. Runs in time linear
// in the input (hash maps, no pairwise comparison of all texts).
std::vector<Group> GroupComments(const std::vector<GroupingInput>& comments,
                                 const GroupingParams& params = {});

// ---------------------------------------------------------------------------------------------
// Synthesis: counts.

struct CountedComment {
  int section_ordinal = 0;
  CommentSource source = CommentSource::kCitizen;
  std::string org_code;        // the unit, for a unit's comment
  int64_t agreed_members = 0;  // members who agreed at the unit's meeting; 0 when not given
  std::optional<Disposition> disposition;  // EffectiveDisposition
};

struct CountRow {
  std::string key;  // section ordinal in decimal, org code, or source word
  int64_t comments = 0;
  int64_t agreed_members = 0;  // sum over the comments
  int64_t accepted = 0;
  int64_t explained = 0;
  int64_t not_accepted = 0;
  int64_t undecided = 0;
};

struct SynthesisCounts {
  int64_t comments = 0;
  std::vector<CountRow> per_section;  // by section ordinal
  std::vector<CountRow> per_unit;     // unit comments only, by org code
  std::vector<CountRow> per_source;   // unit, citizen, former_leader (always the three)
};

SynthesisCounts CountComments(const std::vector<CountedComment>& comments);

// The disposition that applies to a comment: its own when it has one, else its group's.
std::optional<Disposition> EffectiveDisposition(const std::optional<Disposition>& own,
                                                const std::optional<Disposition>& group);

}  // namespace daihoi::documents
