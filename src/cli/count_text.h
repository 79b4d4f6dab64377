#pragma once
// What the `daihoi election` and `daihoi count` subcommands share (election_*_command.cpp,
// count_*_command.cpp): the counting ports over an opened store, the election and count views
// printed as JSON (the API's views) or as Vietnamese text, and use-case errors named by the
// command-line options and arguments that carry them.

#include <cstdint>
#include <string>

#include "app/counting.h"
#include "cli/commands.h"
#include "common/result.h"

namespace daihoi::cli {

// The store opened from --db, holding both ports (storage::OpenStore), with the rule profiles.
app::CountingPorts CountingPortsOf(app::Store& store);

// A use case's error with its field named as the CLI names it: `code` → `--congress`,
// `term` → `--term`, `seats` → `--seats`, `required_clerks` → `--clerks`, `election_id` → `ID`,
// `round_id` → `ROUND`, `issued` → `--issued`, `convened` → `--convened`, ….
Error CountOptionError(Error error);

// The election in Vietnamese: its record, the list (ballot order once locked) with the list
// digest, and its rounds.
std::string ElectionText(const app::ElectionView& view, const std::string& org_name);
// Prints the election `election_id` (--json: the API's election view); returns the exit code.
int PrintElection(const Context& ctx, const app::CountingPorts& ports, int64_t election_id);

// A ballot as a person reads it, numbers 1-based as printed: "gạch số 1, 5", "không gạch tên
// nào", "1 đồng ý, 2 không đồng ý", with write-ins and the unofficial / marked flags.
std::string BallotText(const election::Ballot& ballot);

// The count in Vietnamese: the clerks' entries, the ballots agreed, pending and in disagreement
// (every clerk's version), and the votes of the agreed ballots so far against the threshold.
std::string CountText(const app::CountView& view, bool struck_form);
// Prints a count view (--json: the API's count view); returns the exit code.
int PrintCount(const Context& ctx, const app::CountView& view);

// Writes `bytes` to `path` whole or not at all (a temporary file beside it, then renamed); "-"
// is stdout. Errors name `option`.
Status WriteFileWhole(const std::string& path, const std::string& bytes, const std::string& option);

}  // namespace daihoi::cli
