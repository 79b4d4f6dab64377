// Use case: a draft on the public page, by section, with the number of shown comments
// (app/documents.h, ShowPublicDraft). No account; only while open to the public.
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

namespace documents_detail {

// The version and its publication when open to the public on `day`; kNotFound otherwise, the
// same answer as for an unknown version, so unpublished drafts do not leak.
Result<std::pair<Loaded, PublicationRecord>> OpenToPublic(Store& store, int64_t version_id,
                                                          Date day) {
  const auto closed = [&] {
    Error error = NotFound("không có dự thảo " + std::to_string(version_id) +
                           " đang lấy ý kiến nhân dân (no draft open for comment)");
    error.field = "version_id";
    return error;
  };
  auto loaded = LoadVersion(store, version_id);
  if (!loaded.ok()) {
    if (loaded.error().code == ErrorCode::kNotFound) return closed();
    return loaded.error();
  }
  auto publication = DocumentsOf(store).FindPublication(version_id);
  if (!publication.ok()) return publication.error();
  if (!*publication || !(*publication)->is_public ||
      loaded->version.status != documents::VersionStatus::kPublished ||
      !IsOpen(**publication, day)) {
    return closed();
  }
  return std::make_pair(*loaded, **publication);
}

}  // namespace documents_detail

Result<PublicDraftView> ShowPublicDraft(Store& store, const Clock& clock, int64_t version_id) {
  auto open = OpenToPublic(store, version_id, VietnamDay(clock));
  if (!open.ok()) return open.error();
  const auto& [loaded, publication] = *open;
  DocumentStore& docs = DocumentsOf(store);
  PublicDraftView view;
  view.draft.version_id = version_id;
  view.draft.title = loaded.document.title;
  view.draft.kind = loaded.document.kind;
  view.draft.org_name = OrgName(store, loaded.document.org_code);
  view.draft.term = loaded.document.term;
  view.draft.number = loaded.version.number;
  view.draft.open = publication.open;
  view.draft.close = publication.close;
  auto content = docs.VersionContent(version_id);
  if (!content.ok()) return content.error();
  view.content = std::move(*content);
  view.comments_per_section.assign(view.content.sections.size() + 1, 0);
  auto counts = docs.ShownPerSection(version_id);
  if (!counts.ok()) return counts.error();
  for (const auto& [ordinal, count] : *counts) {
    if (ordinal >= 0 && static_cast<size_t>(ordinal) < view.comments_per_section.size()) {
      view.comments_per_section[ordinal] = count;
    }
  }
  return view;
}

}  // namespace daihoi::app
