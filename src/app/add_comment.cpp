// Use case: a comment entered by a signed-in user — a unit's clerk, or the documents
// subcommittee for a former leader or a citizen's letter (app/documents.h, AddComment).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<int64_t> AddComment(Store& store, const Clock& clock, const Actor& actor,
                           const CommentInput& input) {
  auto loaded = LoadVersion(store, input.version_id);
  if (!loaded.ok()) return loaded.error();
  if (Status s = AuthorizeComment(store, actor, *loaded, input, VietnamDay(clock)); !s) {
    return s.error();
  }
  DocumentStore& docs = DocumentsOf(store);
  auto content = docs.VersionContent(input.version_id);
  if (!content.ok()) return content.error();
  auto comment = CommentOf(input, *content, actor);
  if (!comment.ok()) return comment.error();
  comment->created_at = UtcText(clock.NowMs());
  int64_t id = 0;
  Status written = store.InTransaction([&]() -> Status {
    auto added = docs.AddComment(*comment);
    if (!added.ok()) return added.error();
    id = *added;
    return RecordChange(
        store, actor,
        {"comment.add", comment->org_code.empty() ? loaded->document.org_code : comment->org_code,
         ChangeText({{"version", std::to_string(input.version_id)},
                     {"comment", std::to_string(id)},
                     {"source", documents::ToString(comment->source)}})});
  });
  if (!written) return written.error();
  return id;
}

}  // namespace daihoi::app
