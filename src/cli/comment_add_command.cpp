// `daihoi comment add VERSION --text TEXT [--section N] [--quote Q] [--source S] [--unit CODE]
// [--meeting --agreed N] [--name NAME] [--contact C]`: one comment entered by the operator.
#include <iostream>

#include "cli/commands.h"
#include "cli/document_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommentAdd(const Context& ctx, const DocumentOptions& options) {
  auto input = CommentInputOf(options);
  if (!input) return Fail(input.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto id = app::AddComment(**store, app::SystemClock(), CommandLineActor(), *input);
  if (!id) return Fail(id.error());
  std::cout << "Đã ghi ý kiến " << *id << "\n";
  return 0;
}

}  // namespace daihoi::cli
