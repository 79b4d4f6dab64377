#pragma once
// What the `daihoi roll` subcommands share (roll_show_command.cpp, roll_import_command.cpp,
// roll_absence_command.cpp, roll_issue_command.cpp): the roll printed as JSON (the API's roll
// view) or as a Vietnamese summary, and use-case errors named by their command-line options.

#include <string>

#include "app/roll.h"
#include "cli/commands.h"
#include "common/result.h"

namespace daihoi::cli {

// The convened count with its exclusions (R-THRESHOLD), those not convened (R-CREDENTIALS),
// sessions and findings, in Vietnamese.
std::string RollText(const app::RollView& view, const std::string& org_name);

// Shows the roll of `congress` on stdout (--json: the roll view); returns the exit code.
int PrintRoll(const Context& ctx, app::Store& store, const app::CongressRef& congress);

// A use case's error with its field named as the option that carries it (`code` → `--congress`,
// `term` → `--term`, `person` → `--person`, …).
Error OptionError(Error error);

}  // namespace daihoi::cli
