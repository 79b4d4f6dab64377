#pragma once
// app::ChangeMarkerStore over portable SQL (storage/sql.h): migration 12 (change_marker and the
// triggers on organizations, congresses and levels). SqliteStore and PostgresStore derive from it.

#include <cstdint>

#include "app/ports/change_marker_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

class SqlChangeMarkerStore : public app::ChangeMarkerStore, public virtual HasSql {
 public:
  Result<int64_t> ChangeMarker() override;

 protected:
  ~SqlChangeMarkerStore() = default;
};

}  // namespace daihoi::storage
