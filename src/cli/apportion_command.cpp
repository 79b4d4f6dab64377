// `daihoi apportion INPUT.json | -` (CONTRACTS.md "Apportionment"): parse, allocate, print.
#include <iostream>

#include "json/apportion_json.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace daihoi::cli {

int RunApportion(const Context& /*ctx*/, const std::string& path) {
  Result<std::string> text = ReadInput(path);
  if (!text) return Fail(text.error());
  Result<nlohmann::ordered_json> result = json::ApportionText(*text);
  if (!result) {
    Error error = result.error();
    if (error.file.empty()) error.file = path == "-" ? "stdin" : path;
    return Fail(error);
  }
  std::cout << result->dump(2) << "\n";
  return 0;
}

}  // namespace daihoi::cli
