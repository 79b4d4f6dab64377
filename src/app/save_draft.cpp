// Use case: a new document with its first version, or the next version of a document
// (app/documents.h, SaveDraft).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/document_common.h"
#include "app/documents.h"
#include "text/text.h"

namespace daihoi::app {

using namespace documents_detail;

Result<DraftRef> SaveDraft(Store& store, const Actor& actor, const DraftInput& input) {
  DocumentStore& docs = DocumentsOf(store);
  DocumentRecord document;
  if (input.document_id) {
    auto found = docs.FindDocument(*input.document_id);
    if (!found.ok()) return found.error();
    if (!*found) {
      Error error = NotFound("không có văn kiện " + std::to_string(*input.document_id) +
                             " (unknown document)");
      error.field = "document_id";
      return error;
    }
    document = **found;
  } else {
    if (input.org_code.empty()) {
      return InvalidInput("thiếu mã tổ chức đảng (org_code required)", "org_code");
    }
    if (input.term.empty()) return InvalidInput("thiếu nhiệm kỳ (term required)", "term");
    auto title = CleanText(input.title, "title", kMaxTitleChars, true);
    if (!title.ok()) return title.error();
    document.org_code = input.org_code;
    document.term = text::Normalize(input.term);
    document.kind = input.kind;
    document.title = *title;
  }
  if (Status s = Authorize(store, actor, access::Action::kPlan, document.org_code); !s) {
    return s.error();
  }
  auto content = CleanContent(input.content);
  if (!content.ok()) return content.error();
  auto change_log = CleanText(input.change_log, "change_log", kMaxCommentChars, false);
  if (!change_log.ok()) return change_log.error();

  // What it takes in must come from an earlier version of the same document.
  for (int64_t comment_id : input.takes_in_comments) {
    auto comment = docs.FindComment(comment_id);
    if (!comment.ok()) return comment.error();
    std::optional<int64_t> owner;
    if (*comment) {
      auto version = docs.FindVersion((*comment)->version_id);
      if (!version.ok()) return version.error();
      if (*version) owner = (*version)->document_id;
    }
    if (!input.document_id || owner != document.id) {
      return InvalidInput("ý kiến " + std::to_string(comment_id) +
                              " không thuộc văn kiện này (comment not of this document)",
                          "takes_in_comments");
    }
  }
  for (int64_t group_id : input.takes_in_groups) {
    auto group = docs.FindGroup(group_id);
    if (!group.ok()) return group.error();
    std::optional<int64_t> owner;
    if (*group) {
      auto version = docs.FindVersion((*group)->version_id);
      if (!version.ok()) return version.error();
      if (*version) owner = (*version)->document_id;
    }
    if (!input.document_id || owner != document.id) {
      return InvalidInput("nhóm ý kiến " + std::to_string(group_id) +
                              " không thuộc văn kiện này (group not of this document)",
                          "takes_in_groups");
    }
  }

  DraftRef ref;
  Status written = store.InTransaction([&]() -> Status {
    if (!input.document_id) {
      auto id = docs.CreateDocument(document);
      if (!id.ok()) return id.error();
      document.id = *id;
    }
    VersionRecord version;
    version.document_id = document.id;
    version.change_log = *change_log;
    version.source_name = text::Normalize(input.source_name);
    version.created_by = actor.login;
    auto version_id =
        docs.AddVersion(version, *content, input.takes_in_comments, input.takes_in_groups);
    if (!version_id.ok()) return version_id.error();
    auto stored = docs.FindVersion(*version_id);
    if (!stored.ok()) return stored.error();
    ref = DraftRef{document.id, *version_id, *stored ? (*stored)->number : 0};
    return RecordChange(
        store, actor,
        {"draft.save", document.org_code,
         ChangeText({{"document", std::to_string(document.id)},
                     {"version", std::to_string(ref.version_id)},
                     {"number", std::to_string(ref.number)},
                     {"sections", std::to_string(content->sections.size())},
                     {"paragraphs", std::to_string(documents::ParagraphCount(*content))},
                     {"takes_in", std::to_string(input.takes_in_comments.size() +
                                                 input.takes_in_groups.size())}})});
  });
  if (!written) return written.error();
  return ref;
}

}  // namespace daihoi::app
