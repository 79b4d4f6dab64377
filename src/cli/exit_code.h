#pragma once
// The one place that maps an Error to an exit code and a message on stderr.

#include <string>

#include "common/result.h"

namespace daihoi::cli {

int ExitCode(ErrorCode code);
// Prints "daihoi: <where>: <message>" on stderr and returns the exit code.
int Fail(const Error& error);
// Reads a whole file, or standard input for "-".
Result<std::string> ReadInput(const std::string& path);

}  // namespace daihoi::cli
