// Use case: member movements entered or imported, all checked before any is written
// (app/party_building.h).
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Result<BatchReport> RecordMovements(Store& store, const Actor& actor,
                                    const std::vector<building::Movement>& movements,
                                    bool dry_run) {
  BatchReport report;
  report.items = static_cast<int64_t>(movements.size());
  std::vector<std::string> codes;
  for (size_t i = 0; i < movements.size(); ++i) {
    for (const Error& error : building::ValidateMovement(movements[i])) {
      report.problems.push_back({i, error.field, error.message});
    }
    codes.push_back(movements[i].org_code);
  }
  auto batch = building_detail::CheckBatch(store, actor, access::Action::kWriteRegistry, codes);
  if (!batch.ok()) return batch.error();
  for (size_t i = 0; i < movements.size(); ++i) {
    if (batch->unknown.contains(movements[i].org_code)) {
      report.problems.push_back(
          {i, "org_code",
           "không có tổ chức đảng '" + movements[i].org_code + "' (unknown organization)"});
    }
  }
  if (!report.problems.empty() || dry_run || movements.empty()) return report;
  int64_t admitted = 0;
  for (const building::Movement& m : movements) {
    if (m.kind == building::MovementKind::kAdmission) admitted += m.count;
  }
  Status s = store.InTransaction([&]() -> Status {
    auto ids = PartyBuildingOf(store).AddMovements(movements);
    if (!ids.ok()) return ids.error();
    report.inserted = static_cast<int64_t>(ids->size());
    return RecordChange(store, actor,
                        {"movement.record", batch->common,
                         ChangeText({{"movements", std::to_string(movements.size())},
                                     {"admitted", std::to_string(admitted)}})});
  });
  if (!s) return s.error();
  report.written = true;
  return report;
}

}  // namespace daihoi::app
