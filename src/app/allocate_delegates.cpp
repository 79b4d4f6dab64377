// Use case: allocate the elected seats and save the allocation with its inputs (R-ALLOCATION).
#include "app/allocation.h"

namespace daihoi::app {

Result<AllocationView> AllocateDelegates(Store& store, const AllocationRequest& request) {
  if (request.term.empty()) {
    return InvalidInput("thiếu nhiệm kỳ của đại hội (term is required to save)", "term");
  }
  auto view = ComputeAllocation(store, request);
  if (!view.ok()) return view.error();
  auto id = store.SaveAllocation(view->record);
  if (!id.ok()) return id.error();
  // Read back so the answer is what is stored (id, created_at).
  auto stored = store.FindAllocation(*id);
  if (!stored.ok()) return stored.error();
  if (!*stored) return Error(ErrorCode::kInternal, "the saved allocation cannot be read back");
  view->record = std::move(**stored);
  return view;
}

}  // namespace daihoi::app
