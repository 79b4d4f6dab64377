// `daihoi admission target --org CODE --term T --target N [--from DATE --to DATE]`: the
// admission target of a term; the period defaults to the term's years (1/1 of the first to
// 31/12 of the last).
#include <iostream>

#include "cli/exit_code.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunAdmissionTarget(const Context& ctx, const PartyOptions& options) {
  building::AdmissionTarget target;
  target.org_code = options.org;
  target.term = options.term;
  target.target = options.target;
  auto from = DateOption(options.from, "--from");
  if (!from) return Fail(from.error());
  auto to = DateOption(options.to, "--to");
  if (!to) return Fail(to.error());
  const auto dash = options.term.find('-');
  std::optional<Date> first, last;
  if (dash != std::string::npos) {
    try {
      first = Date::FromYmd(std::stoi(options.term.substr(0, dash)), 1, 1);
      last = Date::FromYmd(std::stoi(options.term.substr(dash + 1)), 12, 31);
    } catch (const std::exception&) {
    }
  }
  if (!*from && !first) return Fail(InvalidInput("cần --from DATE", "--from"));
  if (!*to && !last) return Fail(InvalidInput("cần --to DATE", "--to"));
  target.from = from->value_or(first.value_or(Date()));
  target.to = to->value_or(last.value_or(Date()));
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  if (Status s = app::SetAdmissionTarget(**store, CommandLineActor(), target); !s) {
    return Fail(s.error());
  }
  std::cout << "Chỉ tiêu kết nạp nhiệm kỳ " << target.term << " của " << target.org_code << ": "
            << target.target << " đảng viên (" << target.from.ToVietnamese() << " – "
            << target.to.ToVietnamese() << ")\n";
  return 0;
}

}  // namespace daihoi::cli
