#pragma once

namespace daihoi::cli {

// Parses argv and runs one subcommand; returns the process exit code.
int Main(int argc, char** argv);

}  // namespace daihoi::cli
