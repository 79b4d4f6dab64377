// `daihoi draft import --org CODE --term T --kind K --title TITLE FILE(.docx|.md|.txt)
// [--document ID] [--change-log TEXT] [--takes-in-comments IDS] [--takes-in-groups IDS]`: a new
// document with its first version, or (--document) the next version of one.
#include <iostream>

#include "cli/commands.h"
#include "cli/document_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "report/docx_import.h"
#include "storage/open.h"

namespace daihoi::cli {
namespace {

bool EndsWith(const std::string& text, const std::string& suffix) {
  if (text.size() < suffix.size()) return false;
  std::string tail = text.substr(text.size() - suffix.size());
  for (char& ch : tail) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return tail == suffix;
}

}  // namespace

int RunDraftImport(const Context& ctx, const DocumentOptions& options) {
  auto bytes = ReadInput(options.file);
  if (!bytes) return Fail(bytes.error());
  Result<documents::Content> content =
      EndsWith(options.file, ".docx") ? report::ReadDocx(options.file, *bytes)
      : EndsWith(options.file, ".md") || EndsWith(options.file, ".markdown")
          ? documents::ParseMarkdown(*bytes)
          : documents::ParsePlainText(*bytes);
  if (!content) {
    Error error = content.error();
    error.file = options.file;
    return Fail(error);
  }
  app::DraftInput input;
  if (options.document > 0) input.document_id = options.document;
  input.org_code = options.org;
  input.term = options.term;
  auto kind = documents::ParseDocumentKind(options.kind);
  if (!kind) {
    return Fail(InvalidInput("loại văn kiện không hợp lệ '" + options.kind +
                                 "' (political_report, review_report, other)",
                             "--kind"));
  }
  input.kind = *kind;
  input.title = options.title;
  input.change_log = options.change_log;
  const size_t slash = options.file.find_last_of('/');
  input.source_name = slash == std::string::npos ? options.file : options.file.substr(slash + 1);
  input.content = std::move(*content);
  auto comments = ParseIds(options.takes_in_comments, "--takes-in-comments");
  if (!comments) return Fail(comments.error());
  auto groups = ParseIds(options.takes_in_groups, "--takes-in-groups");
  if (!groups) return Fail(groups.error());
  input.takes_in_comments = *comments;
  input.takes_in_groups = *groups;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto ref = app::SaveDraft(**store, CommandLineActor(), input);
  if (!ref) return Fail(ref.error());
  std::cout << "Đã lưu dự thảo: văn kiện " << ref->document_id << ", phiên bản " << ref->number
            << " (mã phiên bản " << ref->version_id << "), " << input.content.sections.size()
            << " phần, " << documents::ParagraphCount(input.content) << " đoạn\n";
  return 0;
}

}  // namespace daihoi::cli
