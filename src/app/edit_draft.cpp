// Use case: replace the text of a version while it is a draft (app/documents.h, EditDraft).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Status EditDraft(Store& store, const Actor& actor, int64_t version_id,
                 const documents::Content& content, const std::string& change_log) {
  auto loaded = LoadVersion(store, version_id);
  if (!loaded.ok()) return loaded.error();
  if (Status s = Authorize(store, actor, access::Action::kPlan, loaded->document.org_code); !s) {
    return s;
  }
  if (loaded->version.status != documents::VersionStatus::kDraft) {
    return Error(ErrorCode::kConflict,
                 "phiên bản đã công bố, không sửa được; hãy tạo phiên bản mới (the version is "
                 "published: save a new version instead)",
                 "version_id");
  }
  auto clean = CleanContent(content);
  if (!clean.ok()) return clean.error();
  auto log = CleanText(change_log, "change_log", kMaxCommentChars, false);
  if (!log.ok()) return log.error();
  return store.InTransaction([&]() -> Status {
    if (Status s = DocumentsOf(store).ReplaceContent(version_id, *clean, *log); !s) return s;
    return RecordChange(
        store, actor,
        {"draft.edit", loaded->document.org_code,
         ChangeText({{"version", std::to_string(version_id)},
                     {"sections", std::to_string(clean->sections.size())},
                     {"paragraphs", std::to_string(documents::ParagraphCount(*clean))}})});
  });
}

}  // namespace daihoi::app
