#pragma once
// The place on a printed document's date line, as every command that prints one reads it.

#include <optional>
#include <string>

#include "app/ports/store.h"
#include "common/result.h"

namespace daihoi::cli {

// --place when given ("" prints none), else the organization's (app::PlaceOf).
Result<std::string> PlaceFor(app::Store& store, const std::optional<std::string>& place,
                             const std::string& org_code);

}  // namespace daihoi::cli
