// Use case: the documents subcommittee's disposition of a comment or of a group — accepted
// (tiếp thu), explained (giải trình) or not accepted, with the explanation (app/documents.h,
// SetDisposition).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/authorize.h"
#include "app/document_common.h"
#include "app/documents.h"

namespace daihoi::app {

using namespace documents_detail;

Status SetDisposition(Store& store, const Actor& actor, const DispositionInput& input) {
  DocumentStore& docs = DocumentsOf(store);
  const bool on_group = input.target == DispositionInput::Target::kGroup;
  int64_t version_id = 0;
  if (on_group) {
    auto group = docs.FindGroup(input.id);
    if (!group.ok()) return group.error();
    if (!*group) {
      Error error =
          NotFound("không có nhóm ý kiến " + std::to_string(input.id) + " (unknown group)");
      error.field = "id";
      return error;
    }
    version_id = (*group)->version_id;
  } else {
    auto comment = docs.FindComment(input.id);
    if (!comment.ok()) return comment.error();
    if (!*comment) {
      Error error = NotFound("không có ý kiến " + std::to_string(input.id) + " (unknown comment)");
      error.field = "id";
      return error;
    }
    version_id = (*comment)->version_id;
  }
  auto loaded = LoadVersion(store, version_id);
  if (!loaded.ok()) return loaded.error();
  if (Status s = Authorize(store, actor, access::Action::kPlan, loaded->document.org_code); !s) {
    return s;
  }
  std::optional<DispositionRecord> record;
  if (input.disposition) {
    const bool needs_reason = *input.disposition != documents::Disposition::kAccepted;
    auto explanation = CleanText(input.explanation, "explanation", kMaxCommentChars, needs_reason);
    if (!explanation.ok()) return explanation.error();
    record = DispositionRecord{*input.disposition, *explanation, actor.login, ""};
  }
  return store.InTransaction([&]() -> Status {
    Status s = on_group ? docs.SetGroupDisposition(input.id, record)
                        : docs.SetCommentDisposition(input.id, record);
    if (!s) return s;
    return RecordChange(
        store, actor,
        {"comment.dispose", loaded->document.org_code,
         ChangeText({{on_group ? "group" : "comment", std::to_string(input.id)},
                     {"disposition",
                      input.disposition ? documents::ToString(*input.disposition) : "none"}})});
  });
}

}  // namespace daihoi::app
