#pragma once
// What the `daihoi allocation` subcommands share: the options of a request turned into an
// app::AllocationRequest, errors named by the option that caused them, the organization's name,
// and columns of text padded for a terminal.

#include <string>
#include <vector>

#include "app/allocation.h"
#include "app/ports/store.h"
#include "cli/commands.h"
#include "common/result.h"
#include "org/organization.h"

namespace daihoi::cli {

// kInvalidInput naming `--seats`, `--minimum`, `--method` or `--as-of`; `--as-of` defaults to
// today.
Result<app::AllocationRequest> ParseAllocationOptions(const AllocationOptions& options);

// The same error with its field named as the command line names it ("seats" → "--seats").
Error AsOptionError(Error error);

// The organization (kNotFound naming `--org` when unknown).
Result<org::Organization> FindConvening(app::Store& store, const std::string& code);

// Left-aligned text columns, then right-aligned numbers; widths in characters, not bytes.
struct TextTable {
  std::vector<std::string> header;
  std::vector<bool> right;  // per column
  std::vector<std::vector<std::string>> rows;
  std::string Render() const;
};

// "12.35" → "12,35": decimals as Vietnamese print them.
std::string DecimalComma(std::string text);

// The allocation on stdout: a Vietnamese table (unit, members, quota, remainder, seats), or with
// --json the document the HTTP API answers (json/allocation_json.h).
void PrintAllocation(const Context& ctx, const app::AllocationView& view,
                     const std::string& org_name);

}  // namespace daihoi::cli
