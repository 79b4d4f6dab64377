#include "app/election_record.h"

#include <utility>

namespace daihoi::app {
namespace {

constexpr std::pair<RoundKind, const char*> kRoundKinds[] = {
    {RoundKind::kFirst, "first"},
    {RoundKind::kRevoteTied, "revote_tied"},
    {RoundKind::kFurtherRound, "further_round"},
};

}  // namespace

const char* ToString(RoundKind kind) {
  for (const auto& [value, name] : kRoundKinds) {
    if (value == kind) return name;
  }
  return "";
}

std::optional<RoundKind> ParseRoundKind(std::string_view text) {
  for (const auto& [value, name] : kRoundKinds) {
    if (text == name) return value;
  }
  return std::nullopt;
}

}  // namespace daihoi::app
