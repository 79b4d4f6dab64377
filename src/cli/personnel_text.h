#pragma once
// What the `daihoi position|scheme|vetting|complaint` subcommands share (personnel_*_command.cpp):
// the ports over an opened store, dates from options, use-case errors named by the options that
// carry them, and the Vietnamese text of the views.

#include <string>

#include "app/personnel.h"
#include "cli/commands.h"
#include "cli/groups_text.h"  // DateOption
#include "common/result.h"

namespace daihoi::cli {

app::PersonnelPorts PersonnelPortsOf(app::Store& store);

// `member_id` → `--member`, `comment` → `--comment`, `term` → `--term`, … .
Error PersonnelOptionError(Error error);

std::string SchemeText(const app::SchemeView& view);
std::string VettingText(const app::VettingFile& file, bool tasks, bool complaints);
std::string PositionsText(const app::PositionsView& view);

// Prints the scheme (--json: the API's view); returns the exit code.
int PrintScheme(const Context& ctx, app::Store& store, const PersonnelOptions& options);

}  // namespace daihoi::cli
