// Use case: the same inputs under the four methods, side by side (R-ALLOCATION: the method is
// not prescribed, so the committee sees what each gives). Nothing is saved.
#include "app/allocation.h"
#include "app/authorize.h"
#include "app/authorize_records.h"

namespace daihoi::app {

Result<MethodComparison> CompareAllocationMethods(Store& store, const Actor& actor,
                                                  const AllocationRequest& request) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kReadRegistry, request.org_code);
      !allowed.ok())
    return allowed.error();
  MethodComparison comparison;
  comparison.methods = {apportionment::Method::kLargestRemainder, apportionment::Method::kDHondt,
                        apportionment::Method::kSainteLague,
                        apportionment::Method::kHuntingtonHill};
  for (apportionment::Method method : comparison.methods) {
    AllocationRequest one = request;
    one.method = method;
    auto view = ComputeAllocation(store, actor, one);
    if (!view.ok()) return view.error();
    std::vector<int64_t> seats;
    for (const auto& unit : view->record.units) seats.push_back(unit.seats);
    if (comparison.seats.empty()) {
      comparison.inputs = view->record;
      comparison.inputs.method.clear();
      for (auto& unit : comparison.inputs.units) {
        unit.seats = 0;
        unit.set_aside = false;
      }
      comparison.quotas = view->quotas;
    }
    comparison.seats.push_back(std::move(seats));
  }
  const size_t units = comparison.inputs.units.size();
  comparison.differs.assign(units, false);
  for (size_t k = 0; k < units; ++k) {
    for (const auto& seats : comparison.seats) {
      if (seats[k] != comparison.seats.front()[k]) comparison.differs[k] = true;
    }
  }
  return comparison;
}

}  // namespace daihoi::app
