// `daihoi vetting conclude ID --conclusion cleared|concern [--note …]`.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunVettingConclude(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const auto conclusion = personnel::ParseVettingConclusion(options.conclusion)
                              .value_or(personnel::VettingConclusion::kOpen);
  if (Status s =
          app::ConcludeVetting(**store, CommandLineActor(), options.id, conclusion, options.note);
      !s) {
    return Fail(PersonnelOptionError(s.error()));
  }
  std::cout << "Đã ghi kết luận thẩm tra #" << options.id << ": " << personnel::Label(conclusion)
            << "\n";
  return 0;
}

}  // namespace daihoi::cli
