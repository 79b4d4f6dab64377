// What the document use cases share (app/document_common.h).
#include "app/document_common.h"

#include <algorithm>

#include "app/authorize.h"
#include "text/text.h"

namespace daihoi::app::documents_detail {

namespace {
size_t Characters(const std::string& text) {
  size_t count = 0;
  for (char ch : text) {
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++count;
  }
  return count;
}
}  // namespace

Result<Loaded> LoadVersion(Store& store, int64_t version_id, const std::string& field) {
  DocumentStore& docs = DocumentsOf(store);
  auto version = docs.FindVersion(version_id);
  if (!version.ok()) return version.error();
  if (!*version) {
    Error error =
        NotFound("không có phiên bản dự thảo " + std::to_string(version_id) + " (unknown version)");
    error.field = field;
    return error;
  }
  auto document = docs.FindDocument((*version)->document_id);
  if (!document.ok()) return document.error();
  if (!*document) return NotFound("không có văn kiện (unknown document)");
  return Loaded{**document, **version};
}

Status AuthorizeRead(Store& store, const Actor& actor, const Loaded& loaded) {
  Status read = Authorize(store, actor, access::Action::kReadRegistry, loaded.document.org_code);
  if (read.ok()) return read;
  auto publication = DocumentsOf(store).FindPublication(loaded.version.id);
  if (!publication.ok()) return publication.error();
  if (*publication) {
    for (const std::string& unit : (*publication)->units) {
      if (Authorize(store, actor, access::Action::kUnitCongress, unit).ok()) return {};
    }
  }
  return read;
}

bool Plans(Store& store, const Actor& actor, const DocumentRecord& document) {
  return Authorize(store, actor, access::Action::kPlan, document.org_code).ok();
}

Result<std::string> CleanText(const std::string& text, const std::string& field, size_t max_chars,
                              bool required) {
  std::string clean = text::Normalize(text);
  if (required && clean.empty()) {
    return InvalidInput("thiếu nội dung (" + field + " required)", field);
  }
  if (Characters(clean) > max_chars) {
    return InvalidInput("dài quá " + std::to_string(max_chars) + " ký tự (" + field +
                            " longer than " + std::to_string(max_chars) + " characters)",
                        field);
  }
  return clean;
}

Result<documents::Content> CleanContent(const documents::Content& content) {
  documents::Content clean = content;
  for (documents::Section& section : clean.sections) {
    section.heading = text::Normalize(section.heading);
    for (documents::Paragraph& paragraph : section.paragraphs) {
      paragraph.text = text::Normalize(paragraph.text);
    }
  }
  clean = documents::Numbered(std::move(clean));
  if (clean.sections.empty()) {
    return InvalidInput("dự thảo không có nội dung (content has no section)", "content");
  }
  return clean;
}

std::string OrgName(Store& store, const std::string& code) {
  auto organization = store.FindOrganization(code);
  if (organization.ok() && *organization) return (*organization)->name;
  return code;
}

bool IsOpen(const PublicationRecord& publication, Date day) {
  return publication.open <= day && day <= publication.close;
}

Result<documents::Anchor> AnchorOn(const documents::Content& content, int section_ordinal,
                                   const std::string& quote, int occurrence) {
  return documents::MakeAnchor(content, section_ordinal, text::Normalize(quote), occurrence);
}

Result<CommentRecord> CommentOf(const CommentInput& input, const documents::Content& content,
                                const Actor& actor) {
  CommentRecord comment;
  comment.version_id = input.version_id;
  auto anchor = AnchorOn(content, input.section_ordinal, input.quote, input.occurrence);
  if (!anchor.ok()) return anchor.error();
  comment.anchor = *anchor;
  auto text = CleanText(input.text, "text", kMaxCommentChars, true);
  if (!text.ok()) return text.error();
  comment.text = *text;
  comment.source = input.source;
  if (input.source == documents::CommentSource::kUnit) {
    if (input.org_code.empty()) {
      return InvalidInput("thiếu đơn vị góp ý (org_code required for a unit's comment)",
                          "org_code");
    }
    comment.org_code = input.org_code;
  } else if (!input.org_code.empty()) {
    return InvalidInput("chỉ ý kiến của đơn vị mới có mã đơn vị (org_code only for a unit)",
                        "org_code");
  }
  if (input.agreed_members < 0) {
    return InvalidInput("số đảng viên tán thành không được âm (agreed_members negative)",
                        "agreed_members");
  }
  if (input.agreed_members > 0 && !input.on_behalf_of_meeting) {
    return InvalidInput(
        "số đảng viên tán thành chỉ ghi cho ý kiến của hội nghị (agreed_members needs "
        "on_behalf_of_meeting)",
        "agreed_members");
  }
  if (input.on_behalf_of_meeting && input.source != documents::CommentSource::kUnit) {
    return InvalidInput(
        "chỉ đơn vị mới góp ý thay mặt hội nghị (on_behalf_of_meeting only for a "
        "unit)",
        "on_behalf_of_meeting");
  }
  comment.on_behalf_of_meeting = input.on_behalf_of_meeting;
  comment.agreed_members = input.agreed_members;
  auto name = CleanText(input.citizen_name, "citizen_name", 200, false);
  if (!name.ok()) return name.error();
  auto contact = CleanText(input.citizen_contact, "citizen_contact", 200, false);
  if (!contact.ok()) return contact.error();
  comment.citizen_name = *name;
  comment.citizen_contact = *contact;
  comment.status = documents::CommentStatus::kShown;
  comment.created_by = actor.login;
  return comment;
}

Status AuthorizeComment(Store& store, const Actor& actor, const Loaded& loaded,
                        const CommentInput& input, Date day) {
  if (loaded.version.status != documents::VersionStatus::kPublished) {
    return Error(ErrorCode::kConflict,
                 "phiên bản này không đang lấy ý kiến (the version is not published)",
                 "version_id");
  }
  Status plan = Authorize(store, actor, access::Action::kPlan, loaded.document.org_code);
  if (plan.ok()) return plan;
  if (input.source != documents::CommentSource::kUnit || input.org_code.empty()) return plan;
  if (Status s = Authorize(store, actor, access::Action::kUnitCongress, input.org_code); !s) {
    return s;
  }
  auto publication = DocumentsOf(store).FindPublication(loaded.version.id);
  if (!publication.ok()) return publication.error();
  const auto& units = *publication ? (*publication)->units : std::vector<std::string>{};
  if (std::find(units.begin(), units.end(), input.org_code) == units.end()) {
    return Error(ErrorCode::kForbidden,
                 "dự thảo không được gửi đến đơn vị " + input.org_code +
                     " (the draft was not sent to this unit)",
                 "org_code");
  }
  if (!IsOpen(**publication, day)) {
    return Error(ErrorCode::kConflict,
                 "ngoài thời gian lấy ý kiến " + (*publication)->open.ToIso() + " – " +
                     (*publication)->close.ToIso() + " (outside the comment period)",
                 "version_id");
  }
  return {};
}

}  // namespace daihoi::app::documents_detail

namespace daihoi::app {

Date VietnamDay(const Clock& clock) {
  // UTC+7 all year (no daylight saving in Việt Nam).
  const int64_t seconds = clock.NowSeconds() + 7 * 3600;
  int64_t days = seconds / 86400;
  if (seconds < 0 && seconds % 86400 != 0) --days;
  return Date::FromDays(days);
}

Actor PublicActor() { return Actor{"public", {}}; }

}  // namespace daihoi::app
