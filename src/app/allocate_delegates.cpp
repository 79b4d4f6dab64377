// Use case: allocate the elected seats and save the allocation with its inputs (R-ALLOCATION).
#include "app/accounts_common.h"
#include "app/allocation.h"
#include "app/audited.h"
#include "app/authorize.h"
#include "app/authorize_records.h"

namespace daihoi::app {

Result<AllocationView> AllocateDelegates(Store& store, const Actor& actor,
                                         const AllocationRequest& request) {
  // docs/security.md: authorized before anything is read or written.
  if (Status allowed = Authorize(store, actor, access::Action::kPlan, request.org_code);
      !allowed.ok())
    return allowed.error();
  // docs/security.md: the change and its audit record in one transaction.
  return Audited<AllocationView>(
      store, actor, {"allocation.save", request.org_code, ChangeText({{"term", request.term}})},
      [&]() -> Result<AllocationView> {
        if (request.term.empty()) {
          return InvalidInput("thiếu nhiệm kỳ của đại hội (term is required to save)", "term");
        }
        auto view = ComputeAllocation(store, actor, request);
        if (!view.ok()) return view.error();
        auto id = store.SaveAllocation(view->record);
        if (!id.ok()) return id.error();
        // Read back so the answer is what is stored (id, created_at).
        auto stored = store.FindAllocation(*id);
        if (!stored.ok()) return stored.error();
        if (!*stored)
          return Error(ErrorCode::kInternal, "the saved allocation cannot be read back");
        view->record = std::move(**stored);
        return view;
      });
}

}  // namespace daihoi::app
