// `daihoi movement counts --root CODE [--as-of DATE] [--probation 12]`: members of each
// organization of the subtree as of a date, from the movements where recorded.
#include <iostream>

#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "json/party_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunMovementCounts(const Context& ctx, const PartyOptions& options) {
  auto as_of = DateOption(options.as_of, "--as-of");
  if (!as_of) return Fail(as_of.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::CountMembersAsOf(**store, CommandLineActor(), options.root,
                                    as_of->value_or(Today()), options.probation);
  if (!view) return Fail(view.error());
  if (ctx.json) {
    std::cout << json::MemberCountsToJson(*view).dump(2) << "\n";
    return 0;
  }
  std::cout << "Số đảng viên đến ngày " << view->as_of.ToVietnamese() << "\n";
  for (const app::MemberCountRow& row : view->rows) {
    std::cout << std::string(static_cast<size_t>(row.depth) * 2, ' ') << row.org_code << "  "
              << row.name << ": " << row.count.subtree.members;
    if (row.count.subtree.probationary > 0) {
      std::cout << " (" << row.count.subtree.probationary << " dự bị)";
    }
    std::cout << (row.count.has_movements ? "" : "  [số báo cáo]") << "\n";
  }
  return 0;
}

}  // namespace daihoi::cli
