#include "cli/exit_code.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace daihoi::cli {

int ExitCode(ErrorCode code) {
  switch (code) {
    case ErrorCode::kRuleViolation: return 1;
    case ErrorCode::kInvalidInput:
    case ErrorCode::kNotFound:
    case ErrorCode::kConflict:
    case ErrorCode::kForbidden:
    case ErrorCode::kUnauthenticated:
    case ErrorCode::kTooManyRequests: return 2;
    case ErrorCode::kStorage:
    case ErrorCode::kInternal: return 3;
  }
  return 3;
}

int Fail(const Error& error) {
  std::cerr << "daihoi: " << error.Describe() << "\n";
  return ExitCode(error.code);
}

Result<std::string> ReadInput(const std::string& path) {
  if (path == "-") {
    std::ostringstream out;
    out << std::cin.rdbuf();
    return out.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Error e = InvalidInput("không mở được tệp (cannot open file)");
    e.file = path;
    return e;
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace daihoi::cli
