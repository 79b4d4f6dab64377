// Use case: what changed between two versions of a document (app/documents.h, DiffDrafts).
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<documents::ContentDiff> DiffDrafts(Store& store, const Actor& actor, int64_t old_version,
                                          int64_t new_version) {
  auto older = LoadVersion(store, old_version, "old_version");
  if (!older.ok()) return older.error();
  auto newer = LoadVersion(store, new_version, "new_version");
  if (!newer.ok()) return newer.error();
  if (Status s = AuthorizeRead(store, actor, *older); !s) return s.error();
  if (Status s = AuthorizeRead(store, actor, *newer); !s) return s.error();
  if (older->document.id != newer->document.id) {
    return InvalidInput("hai phiên bản không cùng một văn kiện (versions of different documents)",
                        "new_version");
  }
  DocumentStore& docs = DocumentsOf(store);
  auto old_content = docs.VersionContent(old_version);
  if (!old_content.ok()) return old_content.error();
  auto new_content = docs.VersionContent(new_version);
  if (!new_content.ok()) return new_content.error();
  return documents::Diff(*old_content, *new_content);
}

}  // namespace daihoi::app
