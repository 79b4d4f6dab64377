// Use case: communication items entered (app/party_building.h), all checked before any is
// written.
#include "app/accounts_common.h"
#include "app/audit.h"
#include "app/party_building.h"
#include "app/party_building_common.h"

namespace daihoi::app {

Result<BatchReport> AddCommunicationItems(Store& store, const Actor& actor,
                                          const std::vector<building::CommunicationItem>& items,
                                          bool dry_run) {
  BatchReport report;
  report.items = static_cast<int64_t>(items.size());
  std::vector<std::string> codes;
  for (size_t i = 0; i < items.size(); ++i) {
    for (const Error& error : building::ValidateCommunicationItem(items[i])) {
      report.problems.push_back({i, error.field, error.message});
    }
    codes.push_back(items[i].org_code);
  }
  auto batch = building_detail::CheckBatch(store, actor, access::Action::kWriteRegistry, codes);
  if (!batch.ok()) return batch.error();
  for (size_t i = 0; i < items.size(); ++i) {
    if (batch->unknown.contains(items[i].org_code)) {
      report.problems.push_back(
          {i, "org_code",
           "không có tổ chức đảng '" + items[i].org_code + "' (unknown organization)"});
    }
  }
  if (!report.problems.empty() || dry_run || items.empty()) return report;
  Status s = store.InTransaction([&]() -> Status {
    auto ids = PartyBuildingOf(store).AddCommunicationItems(items);
    if (!ids.ok()) return ids.error();
    report.inserted = static_cast<int64_t>(ids->size());
    return RecordChange(store, actor,
                        {"communication.add", batch->common,
                         ChangeText({{"items", std::to_string(items.size())}})});
  });
  if (!s) return s.error();
  report.written = true;
  return report;
}

}  // namespace daihoi::app
