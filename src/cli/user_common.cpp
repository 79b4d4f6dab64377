#include "cli/user_common.h"

#include <pwd.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace daihoi::cli {
namespace {

// Reads one line with the terminal's echo off (restored whatever happens).
std::string ReadLineNoEcho(const std::string& prompt) {
  std::cerr << prompt << std::flush;
  termios saved{};
  const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
  if (terminal) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (terminal) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  return line;
}

}  // namespace

app::Actor CommandLineActor() {
  const char* user = std::getenv("USER");
  if (user == nullptr || *user == '\0') {
    const passwd* entry = ::getpwuid(::getuid());
    user = entry != nullptr ? entry->pw_name : "";
  }
  return app::Actor::CommandLine(user);
}

Result<std::string> ReadPassword(const std::string& prompt, bool confirm) {
  const bool terminal = ::isatty(STDIN_FILENO) != 0;
  std::string password;
  if (terminal) {
    password = ReadLineNoEcho(prompt);
    if (confirm && ReadLineNoEcho("Nhập lại (again): ") != password) {
      return InvalidInput("hai lần nhập mật khẩu không khớp (the passwords differ)", "password");
    }
  } else if (!std::getline(std::cin, password)) {
    return InvalidInput(
        "cần mật khẩu trên đầu vào chuẩn, một dòng (the password is read from standard input)",
        "password");
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

Result<access::Grant> GrantFromOptions(const GrantOptions& options) {
  auto role = access::ParseRole(options.role);
  if (!role) {
    return InvalidInput("vai trò '" + options.role +
                            "' không có: administrator, organization_board, unit_clerk, "
                            "counting_clerk, observer (unknown role)",
                        "--role");
  }
  return access::Grant{*role, options.org, options.term};
}

}  // namespace daihoi::cli
