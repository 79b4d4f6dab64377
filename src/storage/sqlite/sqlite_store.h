#pragma once
// app::Store and app::ElectionStore (one object) on SQLite (one file, WAL). See
// storage/README.md.

#include <memory>
#include <string>

#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::storage {

// Opens or creates the file at `path` and migrates it.
Result<std::unique_ptr<app::Store>> OpenSqliteStore(const std::string& path);

}  // namespace daihoi::storage
