#include "app/progress_cache.h"

#include <utility>

#include "app/ports/change_marker_store.h"
#include "org/tree.h"

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
  auto tree = org::OrgTree::Build(std::move(*orgs), *levels);
  if (!tree) {
    return StorageError(
        "dữ liệu tổ chức trong cơ sở dữ liệu không nhất quán (inconsistent "
        "organizations): " +
        tree.error().Describe());
  }
  auto congresses = store.Congresses("");
  if (!congresses) return congresses.error();
  auto snapshot = std::make_shared<ProgressSnapshot>();
  snapshot->marker = *marker;
  snapshot->index = planning::ProgressIndex::Build(*tree, *levels, *congresses);
  snapshot_ = std::move(snapshot);
  ++builds_;
  return snapshot_;
}

int64_t ProgressCache::builds() const {
  std::lock_guard lock(mutex_);
  return builds_;
}

}  // namespace daihoi::app
