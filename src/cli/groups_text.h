#pragma once
// What the `daihoi group|subcommittee|commendation` subcommands share: the views printed in
// Vietnamese (or as the API's JSON with --json), use-case errors named by their options.

#include <string>
#include <utility>

#include "app/groups.h"
#include "cli/commands.h"

namespace daihoi::cli {

std::string WorkingGroupsText(const app::WorkingGroupsView& view);
std::string SubcommitteesText(const app::SubcommitteesView& view);
std::string CommendationsText(const std::vector<app::CommendationRecord>& records);

// Prints the section after a read or a write; returns the exit code.
int PrintWorkingGroups(const Context& ctx, app::Store& store, const app::CongressRef& congress);
int PrintSubcommittees(const Context& ctx, app::Store& store, const app::CongressRef& congress,
                       Date as_of);
int PrintCommendations(const Context& ctx, app::Store& store, const app::CongressRef& congress);

// `code` → `--congress`, `group_id` → `--group`, `unit_code` → `--unit`, …
Error GroupOptionError(Error error);

// The group's member (its number or member id, --member; 0 when not needed) and the assignment
// of --unit (and --unit-term), for `group attend` and `group free`.
Result<std::pair<int64_t, int64_t>> ResolveAttendance(app::Store& store,
                                                      const app::CongressRef& congress,
                                                      const GroupOptions& options,
                                                      bool need_member);

// Today (the default of --as-of and --on).
Date Today();

// A date option: empty → nullopt; bad → kInvalidInput naming the option.
Result<std::optional<Date>> DateOption(const std::string& text, const char* option);

}  // namespace daihoi::cli
