#pragma once
// What the `daihoi user` and `daihoi audit` commands share: the actor of the command line and
// reading a password without it ever passing through argv.

#include <string>

#include "access/access.h"
#include "app/accounts.h"
#include "cli/commands.h"
#include "common/result.h"

namespace daihoi::cli {

// The operator of the command line as app::Actor::CommandLine, named by the OS user.
app::Actor CommandLineActor();

// One line of standard input; on a terminal, `prompt` on stderr and no echo (twice with
// `confirm`, which must match). The line end is not part of the password.
Result<std::string> ReadPassword(const std::string& prompt, bool confirm);

// --role/--org/--term as a grant; kInvalidInput naming --role for an unknown role.
Result<access::Grant> GrantFromOptions(const GrantOptions& options);

}  // namespace daihoi::cli
