// Use case: an inspection with its teams, units, schedule, findings and what no longer fits
// (app/inspections.h).
#include "app/authorize.h"
#include "app/authorize_records.h"
#include "app/inspection_common.h"
#include "app/inspections.h"

namespace daihoi::app {

Result<InspectionView> ShowInspection(Store& store, const Actor& actor, int64_t id) {
  // docs/security.md: authorized before anything is read or written.
  if (auto allowed = AuthorizeInspection(store, actor, access::Action::kReadRegistry, id);
      !allowed.ok())
    return allowed.error();
  auto loaded = inspection_detail::Load(store, id);
  if (!loaded.ok()) return loaded.error();
  auto engine = inspection_detail::ToEngine(store, *loaded);
  if (!engine.ok()) return engine.error();
  return inspection_detail::BuildView(std::move(*loaded), *engine);
}

}  // namespace daihoi::app
