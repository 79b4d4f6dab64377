// `daihoi scheme pdf --congress C --term T --out FILE [--version N] [--place P] [--date D]`: the
// printable scheme in the Party document layout.
#include <iostream>

#include "cli/commands.h"
#include "cli/count_text.h"
#include "cli/exit_code.h"
#include "cli/groups_text.h"
#include "cli/letterhead.h"
#include "cli/personnel_text.h"
#include "cli/user_common.h"
#include "json/personnel_json.h"
#include "report/personnel_report.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunSchemePdf(const Context& ctx, const PersonnelOptions& options) {
  auto date = DateOption(options.date, "--date");
  if (!date) return Fail(date.error());
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto view = app::ShowScheme(PersonnelPortsOf(**store), CommandLineActor(), options.congress,
                              options.term, options.version);
  if (!view) return Fail(PersonnelOptionError(view.error()));
  auto place = PlaceFor(**store, options.place, options.congress);
  if (!place) return Fail(place.error());
  auto bytes =
      report::pdf::Render(report::SchemeDocument(*view, *place, date->value_or(Today())));
  if (!bytes) return Fail(bytes.error());
  if (Status s = WriteFileWhole(options.out, *bytes, "--out"); !s) return Fail(s.error());
  if (options.out != "-") std::cerr << "Đã ghi " << options.out << "\n";
  return 0;
}

}  // namespace daihoi::cli
