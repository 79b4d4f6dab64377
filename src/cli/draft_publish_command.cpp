// `daihoi draft publish VERSION [--public] [--units A,B] --open D --close D`: sends a version
// out for comment.
#include <iostream>

#include "cli/commands.h"
#include "cli/document_text.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunDraftPublish(const Context& ctx, const DocumentOptions& options) {
  app::PublicationInput input;
  input.is_public = options.is_public;
  input.units = SplitList(options.units);
  auto open = ParseOptionalDate(options.open, "--open");
  if (!open) return Fail(open.error());
  auto close = ParseOptionalDate(options.close, "--close");
  if (!close) return Fail(close.error());
  input.open = *open;
  input.close = *close;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  if (Status s = app::PublishDraft(**store, CommandLineActor(), options.version, input); !s) {
    return Fail(s.error());
  }
  std::cout << "Đã công bố phiên bản " << options.version << " để lấy ý kiến từ "
            << input.open->ToIso() << " đến " << input.close->ToIso() << "\n";
  return 0;
}

}  // namespace daihoi::cli
