#pragma once
// The progress index of every organization (planning/progress_index.h), built once and reused
// while the data has not changed, so a server answers progress for any subtree and any date
// with one linear pass instead of reading the whole country again. Each use reads the store's
// change marker (app/ports/change_marker_store.h), one small query; when it moved since the
// index was built, the index is rebuilt from the store. The server owns one cache for its
// database and passes it to ShowProgress (app/progress.h); the CLI, which answers once, does
// not need one.

#include <cstdint>
#include <memory>
#include <mutex>

#include "app/ports/store.h"
#include "common/result.h"
#include "planning/progress_index.h"

namespace daihoi::app {

struct ProgressSnapshot {
  int64_t marker = 0;  // the change marker the index was built at
  planning::ProgressIndex index;
};

class ProgressCache {
 public:
  // The index as of the store's current data: the cached one while the marker has not moved,
  // else a new one (read before the data, so a write racing with the read makes the next call
  // rebuild again rather than keep stale figures). Safe to call from several threads; a
  // snapshot stays valid for its holder after a rebuild.
  Result<std::shared_ptr<const ProgressSnapshot>> Snapshot(Store& store);
  // The cached index when it is current, or built now when there is none yet; null, without
  // rebuilding, when the data changed since or a rebuild is under way: a subtree is then cheaper
  // to read on its own (ShowProgress) than to wait for the whole country.
  Result<std::shared_ptr<const ProgressSnapshot>> SnapshotUnlessStale(Store& store);

  // How many times the index was built (for tests and the benchmark).
  int64_t builds() const;

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const ProgressSnapshot> snapshot_;
  int64_t builds_ = 0;
};

}  // namespace daihoi::app
