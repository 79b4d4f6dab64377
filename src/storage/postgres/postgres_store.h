#pragma once
// app::Store and app::ElectionStore (one object) on PostgreSQL (libpq). See storage/README.md.

#include <memory>
#include <string>

#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::storage {

// Connects with a libpq connection URI and migrates the schema found first on the search_path.
Result<std::unique_ptr<app::Store>> OpenPostgresStore(const std::string& url);

}  // namespace daihoi::storage
