// `daihoi comment dispose ID [--group] --disposition accepted|explained|not_accepted|none
// [--explanation TEXT]`: the subcommittee's disposition of a comment or a group.
#include <iostream>

#include "app/documents.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunCommentDispose(const Context& ctx, const DocumentOptions& options) {
  app::DispositionInput input;
  input.target = options.group ? app::DispositionInput::Target::kGroup
                               : app::DispositionInput::Target::kComment;
  input.id = options.id;
  if (options.disposition != "none") {
    input.disposition = documents::ParseDisposition(options.disposition);
    if (!input.disposition) {
      return Fail(InvalidInput("kết quả không hợp lệ '" + options.disposition +
                                   "' (accepted, explained, not_accepted, none)",
                               "--disposition"));
    }
  }
  input.explanation = options.explanation;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  if (Status s = app::SetDisposition(**store, CommandLineActor(), input); !s) {
    return Fail(s.error());
  }
  std::cout << (options.group ? "Nhóm " : "Ý kiến ") << options.id << ": "
            << (input.disposition ? documents::DispositionLabel(*input.disposition) : "Chưa xử lý")
            << "\n";
  return 0;
}

}  // namespace daihoi::cli
