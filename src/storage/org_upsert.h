#pragma once
// The set-based organization upsert shared by both engines. The engine fills the temporary table
// org_load (seq, code, name, level, parent_code, category, stated_members, search_key) and calls
// ApplyOrgLoad inside its transaction (with the session tables org_pending (id) and org_ready (id),
// both primary keys); the statements here are plain SQL both dialects accept.
//
// Paths: a new organization, or one whose parent changed, gets path = parent's path + id + "/";
// every descendant of a moved organization is recomputed in the same transaction, top down, one
// depth per pass. A cycle among the new parents is kInvalidInput.

#include <cstdint>
#include <optional>
#include <string>

#include "common/result.h"

namespace daihoi::storage {

class SqlRunner {
 public:
  virtual ~SqlRunner() = default;
  // Runs one statement without parameters; returns the number of rows it changed.
  virtual Result<int64_t> Execute(const std::string& sql) = 0;
  // First column of the first row, nullopt when there is no row.
  virtual Result<std::optional<std::string>> FirstText(const std::string& sql) = 0;
};

Status ApplyOrgLoad(SqlRunner& sql);

}  // namespace daihoi::storage
