// Use case: the documents of a congress with their versions (app/documents.h, ListDocuments).
#include "app/authorize.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

Result<std::vector<DocumentView>> ListDocuments(Store& store, const Actor& actor,
                                                const std::string& org_code,
                                                const std::string& term) {
  if (org_code.empty())
    return InvalidInput("thiếu mã tổ chức đảng (org_code required)", "org_code");
  if (Status s = Authorize(store, actor, access::Action::kReadRegistry, org_code); !s) {
    return s.error();
  }
  DocumentStore& docs = DocumentsOf(store);
  auto documents = docs.Documents(org_code, term);
  if (!documents.ok()) return documents.error();
  const std::string org_name = documents_detail::OrgName(store, org_code);
  std::vector<DocumentView> out;
  for (const DocumentRecord& document : *documents) {
    auto versions = docs.Versions(document.id);
    if (!versions.ok()) return versions.error();
    out.push_back(DocumentView{document, org_name, *versions});
  }
  return out;
}

}  // namespace daihoi::app
