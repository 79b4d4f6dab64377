#pragma once
// What the `daihoi inspection …` commands share: the view as text (or JSON with --json), the
// member argument's forms.

#include <string>

#include "app/inspections.h"
#include "cli/commands.h"

namespace daihoi::cli {

// Prints the view (text, or the API's JSON with ctx.json); returns 0.
int PrintInspection(const Context& ctx, const app::InspectionView& view);

// "HN-000123" (a registry id when it has no space), "Nguyễn Văn An@HANOI" (a name and the
// organization the person belongs to) or "Nguyễn Văn An"; a leading "phó:" marks the deputy.
app::TeamMemberInput ParseMemberArgument(const std::string& argument);

}  // namespace daihoi::cli
