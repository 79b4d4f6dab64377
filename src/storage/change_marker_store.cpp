#include "storage/change_marker_store.h"

namespace daihoi::storage {

Result<int64_t> SqlChangeMarkerStore::ChangeMarker() {
  auto value = sql().FirstInt("SELECT value FROM change_marker WHERE id = 1");
  if (!value) return value.error();
  if (!*value) return StorageError("change_marker: hàng đánh dấu thay đổi bị thiếu (missing row)");
  return **value;
}

}  // namespace daihoi::storage
