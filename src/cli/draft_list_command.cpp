// `daihoi draft list --org CODE [--term T]`: the documents of a congress and their versions.
#include <iostream>

#include "app/documents.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunDraftList(const Context& ctx, const DocumentOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto documents = app::ListDocuments(**store, CommandLineActor(), options.org, options.term);
  if (!documents) return Fail(documents.error());
  if (documents->empty()) std::cout << "Chưa có văn kiện nào\n";
  for (const app::DocumentView& view : *documents) {
    std::cout << "Văn kiện " << view.document.id << ": " << view.document.title << " ("
              << documents::DocumentKindLabel(view.document.kind) << ", " << view.document.term
              << ")\n";
    for (const app::VersionRecord& version : view.versions) {
      std::cout << "  phiên bản " << version.number << " — mã " << version.id << ", "
                << documents::VersionStatusLabel(version.status) << ", " << version.sections
                << " phần, " << version.paragraphs << " đoạn, " << version.created_at.substr(0, 10)
                << (version.change_log.empty() ? "" : ": " + version.change_log) << "\n";
    }
  }
  return 0;
}

}  // namespace daihoi::cli
