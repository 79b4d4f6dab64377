#include "app/progress_cache.h"

#include <utility>

#include "app/ports/change_marker_store.h"

namespace daihoi::app {

Result<std::shared_ptr<const ProgressSnapshot>> ProgressCache::Snapshot(Store& store) {
  auto marker = ChangeMarkersOf(store).ChangeMarker();
  if (!marker) return marker.error();
  // One build at a time: requests arriving during a rebuild wait for it instead of each
  // reading the whole country.
  std::lock_guard lock(mutex_);
  if (snapshot_ && snapshot_->marker == *marker) return snapshot_;
  auto levels = store.Levels();
  if (!levels) return levels.error();
  auto orgs = store.AllOrganizations();
  if (!orgs) return orgs.error();
  auto congresses = store.Congresses("");
  if (!congresses) return congresses.error();
  // Straight from the store's depth-first order, with OrgTree's checks but without an OrgTree,
  // which the index does not need (a third of the build's time at national scale).
  auto index = planning::ProgressIndex::BuildDepthFirst(std::move(*orgs), *levels, *congresses);
  if (!index) {
    return StorageError(
        "dữ liệu tổ chức trong cơ sở dữ liệu không nhất quán (inconsistent "
        "organizations): " +
        index.error().Describe());
  }
  auto snapshot = std::make_shared<ProgressSnapshot>();
  snapshot->marker = *marker;
  snapshot->index = std::move(*index);
  snapshot_ = std::move(snapshot);
  ++builds_;
  return snapshot_;
}

Result<std::shared_ptr<const ProgressSnapshot>> ProgressCache::SnapshotUnlessStale(Store& store) {
  auto marker = ChangeMarkersOf(store).ChangeMarker();
  if (!marker) return marker.error();
  std::unique_lock lock(mutex_, std::try_to_lock);
  // A rebuild under way holds the lock: the caller reads its subtree alone rather than wait.
  if (!lock.owns_lock()) return std::shared_ptr<const ProgressSnapshot>();
  if (snapshot_) {
    return snapshot_->marker == *marker ? snapshot_ : std::shared_ptr<const ProgressSnapshot>();
  }
  lock.unlock();
  return Snapshot(store);
}

int64_t ProgressCache::builds() const {
  std::lock_guard lock(mutex_);
  return builds_;
}

}  // namespace daihoi::app
