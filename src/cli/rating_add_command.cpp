// `daihoi rating add --org CODE --year Y --grade G [--member-id ID --name N]`: one rating
// entered by hand.
#include <iostream>

#include "cli/exit_code.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunRatingAdd(const Context& ctx, const PartyOptions& options) {
  auto year = YearOption(options.year);
  if (!year) return Fail(year.error());
  if (!*year) return Fail(InvalidInput("cần --year YYYY", "--year"));
  building::Rating rating;
  rating.year = **year;
  rating.org_code = options.org;
  rating.member_id = options.member_id;
  rating.full_name = options.name;
  rating.grade = options.grade;
  rating.note = options.note;
  rating.kind =
      rating.member_id.empty() ? building::RatedKind::kOrganization : building::RatedKind::kMember;
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto report = app::RecordRatings(**store, CommandLineActor(), {rating}, false);
  if (!report) return Fail(report.error());
  if (int rc = ReportBatch("", {}, *report, "xếp loại"); rc != 0) return rc;
  std::cout << "Đã ghi xếp loại năm " << rating.year << " của " << rating.org_code
            << (rating.member_id.empty() ? "" : " / " + rating.member_id) << "\n";
  return 0;
}

}  // namespace daihoi::cli
