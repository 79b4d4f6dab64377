// Composition root: the CLI picks the adapters from its arguments.
#include <exception>
#include <iostream>

#include "cli/cli.h"

int main(int argc, char** argv) {
  try {
    return daihoi::cli::Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "daihoi: internal error: " << e.what() << "\n";
    return 3;
  }
}
