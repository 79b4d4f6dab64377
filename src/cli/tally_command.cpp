// `daihoi tally CASE.json | -` (CONTRACTS.md "Election case"): parse, count, print.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "json/tally_json.h"

namespace daihoi::cli {

int RunTally(const Context& /*ctx*/, const std::string& path) {
  Result<std::string> text = ReadInput(path);
  if (!text) return Fail(text.error());
  Result<nlohmann::ordered_json> result = json::TallyCaseText(*text);
  if (!result) {
    Error error = result.error();
    // Messages already begin with the JSON path; name the file in front of it.
    error.field.clear();
    if (error.file.empty() && error.code == ErrorCode::kInvalidInput) {
      error.file = path == "-" ? "stdin" : path;
    }
    return Fail(error);
  }
  std::cout << result->dump(2) << "\n";
  return 0;
}

}  // namespace daihoi::cli
