// Use case: the drafts open to the public today (app/documents.h, ListPublicDrafts). No account.
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Result<std::vector<PublicDraftSummary>> ListPublicDrafts(Store& store, const Clock& clock) {
  auto publications = DocumentsOf(store).PublicPublications(VietnamDay(clock));
  if (!publications.ok()) return publications.error();
  std::vector<PublicDraftSummary> out;
  for (const PublicationRecord& publication : *publications) {
    auto loaded = LoadVersion(store, publication.version_id);
    if (!loaded.ok()) return loaded.error();
    PublicDraftSummary summary;
    summary.version_id = publication.version_id;
    summary.title = loaded->document.title;
    summary.kind = loaded->document.kind;
    summary.org_name = OrgName(store, loaded->document.org_code);
    summary.term = loaded->document.term;
    summary.number = loaded->version.number;
    summary.open = publication.open;
    summary.close = publication.close;
    out.push_back(std::move(summary));
  }
  return out;
}

}  // namespace daihoi::app
