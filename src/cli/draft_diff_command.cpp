// `daihoi draft diff V1 V2`: what changed between two versions of a document — sections and
// paragraphs added (+), removed (-) and changed (~, words [-removed-] {+added+}).
#include <iostream>

#include "cli/commands.h"
#include "cli/document_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunDraftDiff(const Context& ctx, const DocumentOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto diff = app::DiffDrafts(**store, CommandLineActor(), options.version, options.other_version);
  if (!diff) return Fail(diff.error());
  PrintDiff(std::cout, *diff);
  return 0;
}

}  // namespace daihoi::cli
