#include "cli/bundle_common.h"

#include "cli/exit_code.h"

namespace daihoi::cli {

Result<std::string> ReadKeyFile(const std::string& path, const std::string& option) {
  auto bytes = ReadInput(path);
  if (!bytes.ok()) {
    Error error = bytes.error();
    error.field = option;
    return error;
  }
  std::string line = bytes->substr(0, bytes->find('\n'));
  const size_t begin = line.find_first_not_of(" \t\r");
  if (begin == std::string::npos) {
    Error error = InvalidInput("tệp khóa trống (empty key file)", option);
    error.file = path;
    return error;
  }
  return line.substr(begin, line.find_last_not_of(" \t\r") - begin + 1);
}

}  // namespace daihoi::cli
