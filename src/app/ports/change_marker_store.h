#pragma once
// The storage port of the change marker (migration 12): a counter every write to the
// organizations, their congresses or the levels bumps in the same transaction, whoever writes
// (this process, the CLI beside a running server, another server). A cache of figures computed
// from those tables (app/progress_cache.h) is valid while the marker reads the value it was
// built at. Implemented by storage/sqlite and storage/postgres (the same classes as Store).

#include <cstdint>

#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::app {

class ChangeMarkerStore {
 public:
  virtual ~ChangeMarkerStore() = default;
  // The marker's value: it differs from any earlier reading once one of those tables changed.
  virtual Result<int64_t> ChangeMarker() = 0;
};

inline ChangeMarkerStore& ChangeMarkersOf(Store& store) {
  return dynamic_cast<ChangeMarkerStore&>(store);
}

}  // namespace daihoi::app
