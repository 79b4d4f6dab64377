// Use case: one version with its text, publication and comment counts (app/documents.h,
// ShowDraft).
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<VersionView> ShowDraft(Store& store, const Actor& actor, int64_t version_id) {
  auto loaded = LoadVersion(store, version_id);
  if (!loaded.ok()) return loaded.error();
  if (Status s = AuthorizeRead(store, actor, *loaded); !s) return s.error();
  DocumentStore& docs = DocumentsOf(store);
  VersionView view;
  view.document = loaded->document;
  view.org_name = OrgName(store, loaded->document.org_code);
  view.version = loaded->version;
  auto content = docs.VersionContent(version_id);
  if (!content.ok()) return content.error();
  view.content = std::move(*content);
  auto publication = docs.FindPublication(version_id);
  if (!publication.ok()) return publication.error();
  view.publication = *publication;
  if (view.publication) {
    for (const std::string& code : view.publication->units) {
      view.unit_names[code] = OrgName(store, code);
    }
  }
  auto comments = docs.TakenInComments(version_id);
  if (!comments.ok()) return comments.error();
  view.takes_in_comments = *comments;
  auto groups = docs.TakenInGroups(version_id);
  if (!groups.ok()) return groups.error();
  view.takes_in_groups = *groups;
  auto counts = docs.StatusCounts(version_id);
  if (!counts.ok()) return counts.error();
  view.pending = (*counts)[0];
  view.shown = (*counts)[1];
  view.hidden = (*counts)[2];
  return view;
}

}  // namespace daihoi::app
