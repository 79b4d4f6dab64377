// `daihoi nomination targets --election ID [--women N] [--under-40 N] …`: the R-STRUCTURE targets
// of an election; an option left out keeps the current value. Without options, shows them.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/nomination_text.h"
#include "cli/user_common.h"
#include "json/nomination_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunNominationTargets(const Context& ctx, const NominationTargetsOptions& options) {
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  const app::NominationPorts ports = NominationPortsOf(**store);
  auto view = app::ShowNominations(ports, CommandLineActor(), options.election_id);
  if (!view) return Fail(NominationOptionError(view.error()));
  election::ListStructureTargets targets = view->targets;
  bool changed = false;
  const std::pair<const std::optional<int>*, int*> fields[] = {
      {&options.women, &targets.women_min_percent},
      {&options.under_40, &targets.under_40_min_percent},
      {&options.age_40_50_min, &targets.age_40_50_min_percent},
      {&options.age_40_50_max, &targets.age_40_50_max_percent},
      {&options.first_time_months, &targets.first_time_min_months},
      {&options.reelected_months, &targets.reelected_min_months},
      {&options.retirement_male_months, &targets.retirement_age_male_months},
      {&options.retirement_female_months, &targets.retirement_age_female_months},
  };
  for (const auto& [option, field] : fields) {
    if (*option) {
      *field = **option;
      changed = true;
    }
  }
  if (changed) {
    if (Status s =
            app::SetStructureTargets(ports, CommandLineActor(), options.election_id, targets);
        !s) {
      return Fail(NominationOptionError(s.error()));
    }
  }
  if (ctx.json) {
    std::cout << json::StructureTargetsToJson(targets).dump(2) << "\n";
    return 0;
  }
  if (changed) std::cout << "Đã lưu chỉ tiêu cơ cấu.\n\n";
  return PrintNominations(ctx, ports, options.election_id);
}

}  // namespace daihoi::cli
