#pragma once
// Versioned schema migrations, one per change, compiled into the binary. A migration is never
// edited once it has landed: a change to the schema is a new entry at the end of the list.

#include <vector>

namespace daihoi::storage {

struct Migration {
  int version;       // 1, 2, 3, … without gaps
  const char* name;  // short description, stored in schema_migrations
  const char* sql;   // one or more statements in the engine's dialect
};

// In version order.
const std::vector<Migration>& SqliteMigrations();
const std::vector<Migration>& PostgresMigrations();

}  // namespace daihoi::storage
