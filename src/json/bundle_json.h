#pragma once
// JSON ↔ a venue bundle (app/bundle.h; the file format in docs/bundles.md). The signature
// covers app::BundleText, not these bytes: a file re-indented or with its keys reordered still
// verifies, while any value changed does not.

#include <nlohmann/json.hpp>
#include <string>

#include "app/bundle.h"
#include "common/result.h"

namespace daihoi::json {

nlohmann::ordered_json BundleToJson(const app::Bundle& bundle);
// kInvalidInput naming `file` and the field ("elections[0].rounds[1].entries[3].hash") when the
// text is not a bundle.
Result<app::Bundle> BundleFromJson(const std::string& text, const std::string& file);

}  // namespace daihoi::json
