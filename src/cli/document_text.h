#pragma once
// What the draft and comment commands share (app/documents.h): option parsing into use-case
// inputs and the plain-text views.

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "app/documents.h"
#include "cli/commands.h"

namespace daihoi::cli {

// "1,2, 3" → {1, 2, 3}; kInvalidInput naming `field` for a word that is not a number.
Result<std::vector<int64_t>> ParseIds(const std::string& text, const std::string& field);
// "A,B" → {"A", "B"} (blanks skipped).
std::vector<std::string> SplitList(const std::string& text);
// kInvalidInput naming `field` unless empty or a date (YYYY-MM-DD or DD/MM/YYYY).
Result<std::optional<Date>> ParseOptionalDate(const std::string& text, const std::string& field);

// The comment of --section/--quote/--text/--source/--unit/--meeting/--agreed/--name/--contact.
Result<app::CommentInput> CommentInputOf(const DocumentOptions& options);

void PrintVersion(std::ostream& out, const app::VersionView& view);
void PrintDiff(std::ostream& out, const documents::ContentDiff& diff);
void PrintSynthesis(std::ostream& out, const app::SynthesisView& view);
// "Tiếp thu", … or "Chưa xử lý".
std::string DispositionText(const std::optional<documents::Disposition>& disposition);

}  // namespace daihoi::cli
