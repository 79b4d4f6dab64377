// `daihoi comment group VERSION [--threshold T] [--limit N]`: builds the synthesis — the shown
// comments grouped into near-duplicates — and prints it with the counts.
#include <iostream>

#include "cli/commands.h"
#include "cli/document_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommentGroup(const Context& ctx, const DocumentOptions& options) {
  documents::GroupingParams params;
  params.similarity_threshold = options.threshold;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto built = app::BuildSynthesis(**store, CommandLineActor(), options.version, params);
  if (!built) return Fail(built.error());
  app::SynthesisFilter filter;
  filter.limit = options.limit;
  auto view = app::ShowSynthesis(**store, CommandLineActor(), options.version, filter);
  if (!view) return Fail(view.error());
  PrintSynthesis(std::cout, *view);
  return 0;
}

}  // namespace daihoi::cli
