#pragma once
// Picks a storage engine from a URL (CONTRACTS.md, --db).

#include <memory>
#include <string>

#include "app/ports/election_store.h"
#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::storage {

// "sqlite:PATH" opens (creating if needed) an SQLite file; "postgresql://…" or "postgres://…"
// connects to PostgreSQL. Either way the schema is created or migrated before returning; a
// database written by a newer daihoi (an unknown migration) is refused with kStorage. Any other
// URL is kInvalidInput naming it.
// The store is also the app::ElectionStore of the same database (one object, one connection):
// reach it with app::ElectionsOf(store) (app/ports/election_store.h), which works as well on a
// store leased from the server's pool.
Result<std::unique_ptr<app::Store>> OpenStore(const std::string& url);

}  // namespace daihoi::storage
