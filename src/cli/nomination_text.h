#pragma once
// What the `daihoi nomination` subcommands share (nomination_*_command.cpp): the ports over an
// opened store, the nominations view printed as JSON (the API's view) or as Vietnamese text, and
// use-case errors named by the command-line options that carry them.

#include <cstdint>
#include <string>

#include "app/nominations.h"
#include "cli/commands.h"
#include "common/result.h"

namespace daihoi::cli {

app::NominationPorts NominationPortsOf(app::Store& store);

// `member_id` → `--member`, `nominated_by` → `--by`, `present` → `--present`, `in_favour` →
// `--agree`/`--in-favour`, `election_id` → `--election`, `nomination_id` → `ID`, targets →
// their options.
Error NominationOptionError(Error error);

// The nominations in Vietnamese: each nominee's source, status and findings, the final list's
// surplus, what keeps it from being final, and the structure against the targets.
std::string NominationsText(const app::NominationsView& view);
// Prints the nominations of `election_id` (--json: the API's view); returns the exit code.
int PrintNominations(const Context& ctx, const app::NominationPorts& ports, int64_t election_id);

}  // namespace daihoi::cli
