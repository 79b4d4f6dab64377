// `daihoi inspection finding ID --unit CODE --strengths … --weaknesses … --recommendations …`:
// what the team found at a unit (replaces an earlier record).
#include <iostream>

#include "app/inspections.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/user_common.h"
#include "storage/open.h"
#include "text/text.h"

namespace daihoi::cli {

int RunInspectionFinding(const Context& ctx, int64_t id, const std::string& unit,
                         const std::string& strengths, const std::string& weaknesses,
                         const std::string& recommendations) {
  app::FindingInput finding;
  finding.unit = unit;
  finding.strengths = text::Normalize(strengths);
  finding.weaknesses = text::Normalize(weaknesses);
  finding.recommendations = text::Normalize(recommendations);
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  if (Status s = app::RecordFinding(**store, CommandLineActor(), id, finding); !s) {
    Error error = s.error();
    if (!error.field.empty()) error.field = "--" + error.field;
    return Fail(error);
  }
  if (!ctx.json) std::cout << "Đã ghi kết quả kiểm tra tại " << finding.unit << "\n";
  return 0;
}

}  // namespace daihoi::cli
