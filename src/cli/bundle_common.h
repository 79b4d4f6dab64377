#pragma once
// What the `daihoi bundle` subcommands share: key files read as hex text.

#include <string>

#include "common/result.h"

namespace daihoi::cli {

// The first line of a key file, trimmed; errors name `option` and the file.
Result<std::string> ReadKeyFile(const std::string& path, const std::string& option);

}  // namespace daihoi::cli
