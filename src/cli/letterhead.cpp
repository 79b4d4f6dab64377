#include "cli/letterhead.h"

#include "app/registry.h"
#include "text/text.h"

namespace daihoi::cli {

Result<std::string> PlaceFor(app::Store& store, const std::optional<std::string>& place,
                             const std::string& org_code) {
  if (place) return text::Normalize(*place);
  return app::PlaceOf(store, org_code);
}

}  // namespace daihoi::cli
