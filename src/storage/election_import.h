#pragma once
// app::ElectionStore::ImportElection over portable SQL (storage/sql.h), written once for both
// engines: an election counted at a venue, stored as the venue sent it.

#include "app/ports/election_store.h"
#include "storage/sql.h"

namespace daihoi::storage {

Result<app::ImportOutcome> ImportElection(Sql& sql, const app::ImportedElection& imported);

}  // namespace daihoi::storage
