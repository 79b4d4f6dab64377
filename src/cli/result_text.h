#pragma once
// What the `daihoi result …` commands print: Vietnamese text, or the JSON of json/result_json.h
// with --json.
#include "app/results.h"
#include "cli/commands.h"

namespace daihoi::cli {

int PrintApplied(const Context& ctx, const app::AppliedElection& applied);
int PrintApproval(const Context& ctx, const app::Approval& approval);
int PrintResults(const Context& ctx, const app::CongressResults& results);
int PrintCommitteeStats(const Context& ctx, const app::CommitteeStats& stats);

}  // namespace daihoi::cli
