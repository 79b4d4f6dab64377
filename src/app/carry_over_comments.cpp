// Use case: the previous version's comments re-anchored to this version's text, with what it
// took in (app/documents.h, CarryOverComments).
#include <algorithm>

#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<std::vector<CarriedComment>> CarryOverComments(Store& store, const Actor& actor,
                                                      int64_t version_id) {
  auto loaded = LoadVersion(store, version_id);
  if (!loaded.ok()) return loaded.error();
  if (Status s = AuthorizeRead(store, actor, *loaded); !s) return s.error();
  DocumentStore& docs = DocumentsOf(store);
  auto versions = docs.Versions(loaded->document.id);
  if (!versions.ok()) return versions.error();
  std::optional<int64_t> previous;
  for (const VersionRecord& version : *versions) {
    if (version.number == loaded->version.number - 1) previous = version.id;
  }
  std::vector<CarriedComment> out;
  if (!previous) return out;
  auto content = docs.VersionContent(version_id);
  if (!content.ok()) return content.error();
  auto comments_taken = docs.TakenInComments(version_id);
  if (!comments_taken.ok()) return comments_taken.error();
  auto groups_taken = docs.TakenInGroups(version_id);
  if (!groups_taken.ok()) return groups_taken.error();
  CommentFilter filter;
  filter.version_id = *previous;
  filter.limit = 0;
  auto comments = docs.Comments(filter);
  if (!comments.ok()) return comments.error();
  for (CommentRecord& comment : comments->items) {
    if (comment.status == documents::CommentStatus::kHidden) continue;
    CarriedComment carried;
    carried.anchor = documents::Reanchor(comment.anchor, *content);
    carried.taken_in =
        std::binary_search(comments_taken->begin(), comments_taken->end(), comment.id) ||
        (comment.group_id &&
         std::binary_search(groups_taken->begin(), groups_taken->end(), *comment.group_id));
    comment.citizen_contact.clear();
    carried.comment = std::move(comment);
    out.push_back(std::move(carried));
  }
  return out;
}

}  // namespace daihoi::app
