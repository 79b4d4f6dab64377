// Use case: a saved allocation exactly as computed, with its quotas and ties.
#include "app/allocation.h"
#include "app/authorize.h"
#include "app/authorize_records.h"

namespace daihoi::app {

Result<AllocationView> ShowAllocation(Store& store, const Actor& actor, int64_t id) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed = AuthorizeAllocation(store, actor, access::Action::kReadRegistry, id);
      !allowed.ok())
    return allowed.error();
  auto found = store.FindAllocation(id);
  if (!found.ok()) return found.error();
  if (!*found) {
    Error error =
        NotFound("không có bảng phân bổ số " + std::to_string(id) + " (unknown allocation)");
    error.field = "id";
    return error;
  }
  AllocationView view;
  view.record = std::move(**found);
  for (const auto& unit : view.record.units) {
    auto num = ParseUint128(unit.quota_num);
    auto den = ParseUint128(unit.quota_den);
    if (!num || !den) {
      return StorageError("allocation " + std::to_string(id) + ": unreadable quota of unit '" +
                          unit.org_code + "'");
    }
    view.quotas.push_back({*num, *den});
  }
  // The ties are not stored: Apportion is deterministic, so the saved inputs give them again.
  // The seats must come out as saved; anything else means the data was altered.
  auto outcome = apportionment::Apportion(ApportionInput(view.record));
  if (!outcome.ok()) return outcome.error();
  for (size_t k = 0; k < view.record.units.size(); ++k) {
    if (outcome->allocations[k].seats != view.record.units[k].seats) {
      return StorageError("allocation " + std::to_string(id) + ": the saved seats of unit '" +
                          view.record.units[k].org_code +
                          "' differ from a recomputation of its saved inputs");
    }
  }
  view.ties = std::move(outcome->ties);
  return view;
}

}  // namespace daihoi::app
