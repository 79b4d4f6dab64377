// `daihoi comment list VERSION [--section N] [--status S] [--source S] [--unit CODE]
// [--limit N] [--offset N]`: the comments on a version with their disposition.
#include <iostream>

#include "cli/commands.h"
#include "cli/document_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommentList(const Context& ctx, const DocumentOptions& options) {
  app::CommentQuery query;
  query.version_id = options.version;
  if (options.section > 0) query.section_ordinal = options.section;
  if (!options.status.empty()) {
    query.status = documents::ParseCommentStatus(options.status);
    if (!query.status) {
      return Fail(InvalidInput(
          "trạng thái không hợp lệ '" + options.status + "' (pending, shown, hidden)", "--status"));
    }
  }
  if (options.source != "any" && !options.source.empty()) {
    query.source = documents::ParseCommentSource(options.source);
    if (!query.source) {
      return Fail(InvalidInput("nguồn ý kiến không hợp lệ '" + options.source + "'", "--source"));
    }
  }
  query.org_code = options.unit;
  query.limit = options.limit;
  query.offset = options.offset;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto page = app::ListComments(**store, CommandLineActor(), query);
  if (!page) return Fail(page.error());
  std::cout << page->total << " ý kiến\n";
  for (const app::CommentView& view : page->items) {
    const app::CommentRecord& c = view.comment;
    std::cout << "#" << c.id << " [phần " << c.anchor.section_ordinal << "] "
              << documents::CommentSourceLabel(c.source);
    if (!c.org_code.empty()) std::cout << " " << view.org_name;
    if (c.on_behalf_of_meeting) std::cout << " (hội nghị, " << c.agreed_members << " tán thành)";
    if (!c.citizen_name.empty()) std::cout << " " << c.citizen_name;
    if (!c.citizen_contact.empty()) std::cout << " <" << c.citizen_contact << ">";
    std::cout << " — " << documents::CommentStatusLabel(c.status) << ", "
              << DispositionText(view.effective) << "\n";
    if (!c.anchor.quote.empty()) std::cout << "    « " << c.anchor.quote << " »\n";
    std::cout << "    " << c.text << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
