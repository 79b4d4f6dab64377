// The words of the documents module, numbering and counts (documents.h).
#include <map>

#include "documents/documents.h"
#include "documents/utf8.h"

namespace daihoi::documents {

namespace {

template <class Enum, size_t N>
std::optional<Enum> ParseWord(std::string_view text, const Enum (&values)[N],
                              const char* (*to_string)(Enum)) {
  for (Enum value : values) {
    if (text == to_string(value)) return value;
  }
  return std::nullopt;
}

}  // namespace

const char* ToString(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kPoliticalReport:
      return "political_report";
    case DocumentKind::kReviewReport:
      return "review_report";
    case DocumentKind::kOther:
      return "other";
  }
  return "other";
}
std::optional<DocumentKind> ParseDocumentKind(std::string_view text) {
  static constexpr DocumentKind kAll[] = {DocumentKind::kPoliticalReport,
                                          DocumentKind::kReviewReport, DocumentKind::kOther};
  return ParseWord(text, kAll, static_cast<const char* (*)(DocumentKind)>(ToString));
}
const char* DocumentKindLabel(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kPoliticalReport:
      return "Báo cáo chính trị";
    case DocumentKind::kReviewReport:
      return "Báo cáo kiểm điểm";
    case DocumentKind::kOther:
      return "Văn kiện khác";
  }
  return "Văn kiện khác";
}

const char* ToString(VersionStatus status) {
  switch (status) {
    case VersionStatus::kDraft:
      return "draft";
    case VersionStatus::kPublished:
      return "published";
    case VersionStatus::kSuperseded:
      return "superseded";
  }
  return "draft";
}
std::optional<VersionStatus> ParseVersionStatus(std::string_view text) {
  static constexpr VersionStatus kAll[] = {VersionStatus::kDraft, VersionStatus::kPublished,
                                           VersionStatus::kSuperseded};
  return ParseWord(text, kAll, static_cast<const char* (*)(VersionStatus)>(ToString));
}
const char* VersionStatusLabel(VersionStatus status) {
  switch (status) {
    case VersionStatus::kDraft:
      return "Dự thảo";
    case VersionStatus::kPublished:
      return "Đã công bố";
    case VersionStatus::kSuperseded:
      return "Đã thay thế";
  }
  return "Dự thảo";
}

const char* ToString(CommentSource source) {
  switch (source) {
    case CommentSource::kUnit:
      return "unit";
    case CommentSource::kCitizen:
      return "citizen";
    case CommentSource::kFormerLeader:
      return "former_leader";
  }
  return "citizen";
}
std::optional<CommentSource> ParseCommentSource(std::string_view text) {
  static constexpr CommentSource kAll[] = {CommentSource::kUnit, CommentSource::kCitizen,
                                           CommentSource::kFormerLeader};
  return ParseWord(text, kAll, static_cast<const char* (*)(CommentSource)>(ToString));
}
const char* CommentSourceLabel(CommentSource source) {
  switch (source) {
    case CommentSource::kUnit:
      return "Đơn vị";
    case CommentSource::kCitizen:
      return "Nhân dân";
    case CommentSource::kFormerLeader:
      return "Nguyên lãnh đạo";
  }
  return "Nhân dân";
}

const char* ToString(CommentStatus status) {
  switch (status) {
    case CommentStatus::kPending:
      return "pending";
    case CommentStatus::kShown:
      return "shown";
    case CommentStatus::kHidden:
      return "hidden";
  }
  return "pending";
}
std::optional<CommentStatus> ParseCommentStatus(std::string_view text) {
  static constexpr CommentStatus kAll[] = {CommentStatus::kPending, CommentStatus::kShown,
                                           CommentStatus::kHidden};
  return ParseWord(text, kAll, static_cast<const char* (*)(CommentStatus)>(ToString));
}
const char* CommentStatusLabel(CommentStatus status) {
  switch (status) {
    case CommentStatus::kPending:
      return "Chờ duyệt";
    case CommentStatus::kShown:
      return "Hiển thị";
    case CommentStatus::kHidden:
      return "Đã ẩn";
  }
  return "Chờ duyệt";
}

const char* ToString(Disposition disposition) {
  switch (disposition) {
    case Disposition::kAccepted:
      return "accepted";
    case Disposition::kExplained:
      return "explained";
    case Disposition::kNotAccepted:
      return "not_accepted";
  }
  return "accepted";
}
std::optional<Disposition> ParseDisposition(std::string_view text) {
  static constexpr Disposition kAll[] = {Disposition::kAccepted, Disposition::kExplained,
                                         Disposition::kNotAccepted};
  return ParseWord(text, kAll, static_cast<const char* (*)(Disposition)>(ToString));
}
const char* DispositionLabel(Disposition disposition) {
  switch (disposition) {
    case Disposition::kAccepted:
      return "Tiếp thu";
    case Disposition::kExplained:
      return "Giải trình";
    case Disposition::kNotAccepted:
      return "Không tiếp thu";
  }
  return "Tiếp thu";
}

const char* ToString(Change change) {
  switch (change) {
    case Change::kUnchanged:
      return "unchanged";
    case Change::kAdded:
      return "added";
    case Change::kRemoved:
      return "removed";
    case Change::kChanged:
      return "changed";
  }
  return "unchanged";
}

const char* ToString(AnchorState state) {
  switch (state) {
    case AnchorState::kExact:
      return "exact";
    case AnchorState::kFuzzy:
      return "fuzzy";
    case AnchorState::kOrphaned:
      return "orphaned";
  }
  return "orphaned";
}

std::string ParagraphKey(int section_ordinal, int paragraph_ordinal) {
  return std::to_string(section_ordinal) + "." + std::to_string(paragraph_ordinal);
}

Content Numbered(Content content) {
  int section_ordinal = 0;
  for (Section& section : content.sections) {
    section.ordinal = ++section_ordinal;
    section.heading = detail::CollapseSpace(section.heading);
    if (section.level < 1) section.level = 1;
    if (section.level > 3) section.level = 3;
    std::vector<Paragraph> kept;
    for (Paragraph& paragraph : section.paragraphs) {
      paragraph.text = detail::CollapseSpace(paragraph.text);
      if (paragraph.text.empty()) continue;
      paragraph.ordinal = static_cast<int>(kept.size()) + 1;
      paragraph.key = ParagraphKey(section.ordinal, paragraph.ordinal);
      kept.push_back(std::move(paragraph));
    }
    section.paragraphs = std::move(kept);
  }
  return content;
}

const Section* FindSection(const Content& content, int ordinal) {
  for (const Section& section : content.sections) {
    if (section.ordinal == ordinal) return &section;
  }
  return nullptr;
}

int64_t ParagraphCount(const Content& content) {
  int64_t count = 0;
  for (const Section& section : content.sections) count += section.paragraphs.size();
  return count;
}

std::optional<Disposition> EffectiveDisposition(const std::optional<Disposition>& own,
                                                const std::optional<Disposition>& group) {
  return own ? own : group;
}

SynthesisCounts CountComments(const std::vector<CountedComment>& comments) {
  std::map<int, CountRow> sections;
  std::map<std::string, CountRow> units;
  std::map<CommentSource, CountRow> sources;
  for (CommentSource source :
       {CommentSource::kUnit, CommentSource::kCitizen, CommentSource::kFormerLeader}) {
    sources[source].key = ToString(source);
  }
  const auto add = [](CountRow& row, const CountedComment& comment) {
    ++row.comments;
    row.agreed_members += comment.agreed_members;
    if (!comment.disposition) {
      ++row.undecided;
    } else if (*comment.disposition == Disposition::kAccepted) {
      ++row.accepted;
    } else if (*comment.disposition == Disposition::kExplained) {
      ++row.explained;
    } else {
      ++row.not_accepted;
    }
  };
  SynthesisCounts counts;
  for (const CountedComment& comment : comments) {
    ++counts.comments;
    CountRow& section = sections[comment.section_ordinal];
    section.key = std::to_string(comment.section_ordinal);
    add(section, comment);
    if (comment.source == CommentSource::kUnit && !comment.org_code.empty()) {
      CountRow& unit = units[comment.org_code];
      unit.key = comment.org_code;
      add(unit, comment);
    }
    add(sources[comment.source], comment);
  }
  for (auto& [ordinal, row] : sections) counts.per_section.push_back(row);
  for (auto& [code, row] : units) counts.per_unit.push_back(row);
  for (auto& [source, row] : sources) counts.per_source.push_back(row);
  return counts;
}

}  // namespace daihoi::documents
