// `daihoi comment moderate ID --status shown|hidden|pending [--reason TEXT]`: the moderation
// queue of the public page.
#include <iostream>

#include "app/documents.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommentModerate(const Context& ctx, const DocumentOptions& options) {
  auto status = documents::ParseCommentStatus(options.status);
  if (!status) {
    return Fail(InvalidInput(
        "trạng thái không hợp lệ '" + options.status + "' (pending, shown, hidden)", "--status"));
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  if (Status s =
          app::ModerateComment(**store, CommandLineActor(), options.id, *status, options.reason);
      !s) {
    return Fail(s.error());
  }
  std::cout << "Ý kiến " << options.id << ": " << documents::CommentStatusLabel(*status) << "\n";
  return 0;
}

}  // namespace daihoi::cli
