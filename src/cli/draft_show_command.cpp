// `daihoi draft show VERSION`: a version's text by section, with paragraph keys, its publication
// and comment counts.
#include <iostream>

#include "cli/commands.h"
#include "cli/document_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunDraftShow(const Context& ctx, const DocumentOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::ShowDraft(**store, CommandLineActor(), options.version);
  if (!view) return Fail(view.error());
  PrintVersion(std::cout, *view);
  return 0;
}

}  // namespace daihoi::cli
