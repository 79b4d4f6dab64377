// `daihoi roll check INPUT.json | -` (docs/roll.md): the roll of a congress given as a file —
// who is convened and the R-THRESHOLD denominator. Pure: no database.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "json/roll_json.h"

namespace daihoi::cli {

int RunRollCheck(const Context& /*ctx*/, const std::string& path) {
  Result<std::string> text = ReadInput(path);
  if (!text) return Fail(text.error());
  Result<nlohmann::ordered_json> result = json::RollCheckText(*text);
  if (!result) {
    Error error = result.error();
    if (error.file.empty()) error.file = path == "-" ? "stdin" : path;
    return Fail(error);
  }
  std::cout << result->dump(2) << "\n";
  return 0;
}

}  // namespace daihoi::cli
