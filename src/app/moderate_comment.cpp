// Use case: the moderation queue — pending → shown / hidden with a reason, or back
// (app/documents.h, ModerateComment).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Status ModerateComment(Store& store, const Actor& actor, int64_t comment_id,
                       documents::CommentStatus status, const std::string& reason) {
  DocumentStore& docs = DocumentsOf(store);
  auto comment = docs.FindComment(comment_id);
  if (!comment.ok()) return comment.error();
  if (!*comment) {
    Error error = NotFound("không có ý kiến " + std::to_string(comment_id) + " (unknown comment)");
    error.field = "comment_id";
    return error;
  }
  auto loaded = LoadVersion(store, (*comment)->version_id);
  if (!loaded.ok()) return loaded.error();
  if (Status s = Authorize(store, actor, access::Action::kPlan, loaded->document.org_code); !s) {
    return s;
  }
  std::string clean_reason;
  if (status == documents::CommentStatus::kHidden) {
    auto clean = CleanText(reason, "reason", 500, true);
    if (!clean.ok()) return clean.error();
    clean_reason = *clean;
  }
  return store.InTransaction([&]() -> Status {
    if (Status s = docs.SetCommentStatus(comment_id, status, clean_reason); !s) return s;
    return RecordChange(store, actor,
                        {"comment.moderate", loaded->document.org_code,
                         ChangeText({{"comment", std::to_string(comment_id)},
                                     {"status", documents::ToString(status)}})});
  });
}

}  // namespace daihoi::app
