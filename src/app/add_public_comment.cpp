// Use case: a citizen's comment on the public page (app/documents.h, AddPublicComment). No
// account: the abuse controls are here — a honeypot field, size limits, a rate limit per client
// address counted from the stored comments, and the moderation queue (status pending).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/digest.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<int64_t> AddPublicComment(Store& store, const Clock& clock, const PublicCommentInput& input,
                                 const PublicCommentPolicy& policy) {
  auto open = OpenToPublic(store, input.version_id, VietnamDay(clock));
  if (!open.ok()) return open.error();
  const Loaded& loaded = open->first;
  // A person never sees the honeypot field; a form filler fills it.
  if (!input.honeypot.empty()) {
    return InvalidInput("không gửi được ý kiến (rejected)", "honeypot");
  }
  auto text = CleanText(input.text, "text", policy.max_text_chars, true);
  if (!text.ok()) return text.error();
  auto name = CleanText(input.name, "name", policy.max_name_chars, false);
  if (!name.ok()) return name.error();
  auto contact = CleanText(input.contact, "contact", policy.max_contact_chars, false);
  if (!contact.ok()) return contact.error();
  DocumentStore& docs = DocumentsOf(store);
  auto content = docs.VersionContent(input.version_id);
  if (!content.ok()) return content.error();
  auto anchor = AnchorOn(*content, input.section_ordinal, input.quote, input.occurrence);
  if (!anchor.ok()) return anchor.error();

  const int64_t now = clock.NowMs();
  CommentRecord comment;
  comment.version_id = input.version_id;
  comment.anchor = *anchor;
  comment.text = *text;
  comment.source = documents::CommentSource::kCitizen;
  comment.citizen_name = *name;
  comment.citizen_contact = *contact;
  comment.status = documents::CommentStatus::kPending;
  comment.created_by = PublicActor().login;
  comment.created_at = UtcText(now);
  comment.client_hash = Sha256Hex("daihoi-client/" + input.client_address);

  int64_t id = 0;
  Status written = store.InTransaction([&]() -> Status {
    // Counted inside the transaction, so two comments at once cannot both pass the limit.
    auto recent =
        docs.CountCommentsFrom(comment.client_hash, UtcText(now - policy.window_seconds * 1000));
    if (!recent.ok()) return recent.error();
    if (*recent >= policy.max_per_window) {
      return Error(ErrorCode::kRuleViolation,
                   "bạn đã gửi " + std::to_string(*recent) + " ý kiến trong " +
                       std::to_string(policy.window_seconds / 60) +
                       " phút; xin thử lại sau (too many comments, try later)",
                   "client_address");
    }
    auto added = docs.AddComment(comment);
    if (!added.ok()) return added.error();
    id = *added;
    return RecordChange(store, PublicActor(),
                        {"comment.public", loaded.document.org_code,
                         ChangeText({{"version", std::to_string(input.version_id)},
                                     {"comment", std::to_string(id)}})});
  });
  if (!written) return written.error();
  return id;
}

}  // namespace daihoi::app
