// `daihoi rating list --root CODE [--year Y] [--kind organization|member]`: the ratings of a
// subtree.
#include <iostream>

#include "cli/exit_code.h"
#include "cli/party_text.h"
#include "cli/user_common.h"
#include "json/party_json.h"
#include "storage/open.h"

namespace daihoi::cli {

int RunRatingList(const Context& ctx, const PartyOptions& options) {
  auto year = YearOption(options.year);
  if (!year) return Fail(year.error());
  app::RatingQuery query{options.root, *year, std::nullopt};
  if (!options.kind.empty()) {
    query.kind = building::ParseRatedKind(options.kind);
    if (!query.kind) {
      return Fail(InvalidInput("--kind: organization hoặc member", "--kind"));
    }
  }
  auto store = storage::OpenStore(ctx.db_url);
  if (!store) return Fail(store.error());
  auto grades = app::ListGrades(**store, CommandLineActor());
  if (!grades) return Fail(grades.error());
  auto ratings = app::ListRatings(**store, CommandLineActor(), query);
  if (!ratings) return Fail(ratings.error());
  if (ctx.json) {
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const building::Rating& rating : *ratings) items.push_back(json::RatingToJson(rating));
    std::cout << nlohmann::ordered_json{{"items", items}}.dump(2) << "\n";
    return 0;
  }
  for (const building::Rating& rating : *ratings) {
    const building::Grade* grade = building::FindGrade(*grades, rating.grade);
    std::cout << rating.year << "  " << rating.org_code;
    if (!rating.member_id.empty()) std::cout << "  " << rating.member_id << " " << rating.full_name;
    std::cout << "  " << (grade ? grade->name : rating.grade) << "\n";
  }
  std::cout << ratings->size() << " xếp loại\n";
  return 0;
}

}  // namespace daihoi::cli
