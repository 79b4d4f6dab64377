// `daihoi scheme create --congress C --term T --committee N [--standing N] [--deputies N]
// [--inspection N] [--delegates N] [targets…]`: version 1 of the personnel scheme, a draft.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSchemeCreate(const Context& ctx, const PersonnelOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  app::SchemeRequest request;
  request.org_code = options.congress;
  request.term = options.term;
  request.numbers = {options.committee, options.standing, options.deputies, options.inspection,
                     options.delegates};
  election::ListStructureTargets& t = request.targets;
  if (options.women) t.women_min_percent = *options.women;
  if (options.under_40) t.under_40_min_percent = *options.under_40;
  if (options.age_40_50_min) t.age_40_50_min_percent = *options.age_40_50_min;
  if (options.age_40_50_max) t.age_40_50_max_percent = *options.age_40_50_max;
  if (options.first_time_months) t.first_time_min_months = *options.first_time_months;
  if (options.reelected_months) t.reelected_min_months = *options.reelected_months;
  request.profile = options.profile;
  request.note = options.note;
  auto id = app::CreateScheme(PersonnelPortsOf(**store), CommandLineActor(), request);
  if (!id) return Fail(PersonnelOptionError(id.error()));
  std::cout << "Đã lập đề án nhân sự (phiên bản 1, dự thảo) cho đại hội " << options.congress
            << " nhiệm kỳ " << options.term << "\n";
  return 0;
}

}  // namespace daihoi::cli
