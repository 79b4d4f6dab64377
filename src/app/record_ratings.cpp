// Use case: quality ratings entered or imported, all checked before any is written
// (app/party_building.h).
#include <set>

#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Result<BatchReport> RecordRatings(Store& store, const Actor& actor,
                                  std::vector<building::Rating> ratings, bool dry_run) {
  auto grades = PartyBuildingOf(store).Grades();
  if (!grades.ok()) return grades.error();
  BatchReport report;
  report.items = static_cast<int64_t>(ratings.size());
  std::vector<std::string> codes;
  std::set<int> years;
  for (size_t i = 0; i < ratings.size(); ++i) {
    building::Rating& rating = ratings[i];
    for (const Error& error : building::ValidateRating(rating, *grades)) {
      report.problems.push_back({i, error.field, error.message});
    }
    if (const building::Grade* grade = building::FindGrade(*grades, rating.grade)) {
      rating.grade = grade->code;
    }
    codes.push_back(rating.org_code);
    years.insert(rating.year);
  }
  auto batch = building_detail::CheckBatch(store, actor, access::Action::kWriteRegistry, codes);
  if (!batch.ok()) return batch.error();
  for (size_t i = 0; i < ratings.size(); ++i) {
    if (batch->unknown.contains(ratings[i].org_code)) {
      report.problems.push_back(
          {i, "org_code",
           "không có tổ chức đảng '" + ratings[i].org_code + "' (unknown organization)"});
    }
  }
  if (!report.problems.empty() || dry_run || ratings.empty()) return report;
  std::string year_list;
  for (int year : years) year_list += (year_list.empty() ? "" : ",") + std::to_string(year);
  Status s = store.InTransaction([&]() -> Status {
    auto inserted = PartyBuildingOf(store).UpsertRatings(ratings);
    if (!inserted.ok()) return inserted.error();
    report.inserted = *inserted;
    return RecordChange(
        store, actor,
        {"rating.record", batch->common,
         ChangeText({{"ratings", std::to_string(ratings.size())}, {"years", year_list}})});
  });
  if (!s) return s.error();
  report.written = true;
  return report;
}

}  // namespace daihoi::app
